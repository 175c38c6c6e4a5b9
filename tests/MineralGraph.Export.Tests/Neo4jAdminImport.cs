using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using MineralGraph.Testing;
using MineralGraph.Testing.Neo4j;

namespace MineralGraph.Export.Tests;

/// <summary>
/// Runs the real <c>neo4j-admin database import full</c> (from the Neo4j 5.26 jars in <c>../shared/neo4j</c>) on a
/// neo4j-csv export into a fresh folder, then starts that Neo4j on free loopback ports so the imported database can
/// be queried over the Query API. Disposing stops the server and deletes the folder.
/// </summary>
public sealed class Neo4jAdminImport : IAsyncDisposable
{
    readonly string directory = Path.Combine(Path.GetTempPath(), "mineralgraph-import-" + Guid.NewGuid().ToString("N")[..10]);
    readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };
    Process? server;
    int httpPort;

    public string ImportOutput { get; private set; } = "";

    /// <summary>The shared Neo4j beside the repository, as CI lays it out (the tests that use it are marked RequiresNeo4j(StartsItsOwn)).</summary>
    static string SharedNeo4j => Path.GetDirectoryName(RepositoryPaths.SharedNeo4jStart)!;

    public static async Task<Neo4jAdminImport> ImportAndStartAsync(byte[] zip)
    {
        var start = Path.Combine(SharedNeo4j, "start");
        if (!File.Exists(start)) throw new InvalidOperationException($"Neo4j 5.26 is expected at {SharedNeo4j} (see README: Requirements)");
        var import = new Neo4jAdminImport();
        try
        {
            await import.ImportAsync(zip);
            await import.StartAsync(start);
            return import;
        }
        catch
        {
            await import.DisposeAsync();
            throw;
        }
    }

    async Task ImportAsync(byte[] zip)
    {
        var csv = Path.Combine(directory, "csv");
        Directory.CreateDirectory(csv);
        Directory.CreateDirectory(Path.Combine(directory, "conf"));
        await ZipFile.ExtractToDirectoryAsync(new MemoryStream(zip), csv);
        // The same folders shared/neo4j/start configures, so the server started next finds the imported database.
        await File.WriteAllTextAsync(Path.Combine(directory, "conf", "neo4j.conf"),
            $"server.directories.data={directory}/data\nserver.directories.logs={directory}/logs\nserver.memory.heap.max_size=512m\n");

        var info = new ProcessStartInfo(JavaLocator.Find() ?? "java") { WorkingDirectory = csv, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-cp");
        info.ArgumentList.Add(Path.Combine(SharedNeo4j, "lib", "*"));
        info.ArgumentList.Add("org.neo4j.cli.AdminTool");
        // The command IMPORT.txt in the zip tells users to run, word for word.
        foreach (var word in Writers.Neo4jCsvWriter.ImportCommand.Split(' ').Skip(1)) info.ArgumentList.Add(word);
        info.Environment["NEO4J_HOME"] = directory;
        info.Environment["NEO4J_CONF"] = Path.Combine(directory, "conf");
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        ImportOutput = await stdout + await stderr;
        if (process.ExitCode != 0) throw new InvalidOperationException($"neo4j-admin import failed ({process.ExitCode}):\n{ImportOutput}");
    }

    async Task StartAsync(string start)
    {
        httpPort = FreePort();
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(start);
        info.ArgumentList.Add(directory);
        info.Environment["NEO4J_HTTP_PORT"] = httpPort.ToString();
        info.Environment["NEO4J_BOLT_PORT"] = FreePort().ToString();
        info.Environment["NEO4J_AUTH"] = "none";
        server = Process.Start(info)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (server.HasExited) throw new InvalidOperationException($"Neo4j exited during start-up ({server.ExitCode})");
            try
            {
                await QueryAsync("RETURN 1");
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                await Task.Delay(250);
            }
        }
        throw new TimeoutException("the imported Neo4j did not answer within 120 s");
    }

    /// <summary>Runs a statement; the rows, each as its JSON values.</summary>
    public async Task<List<JsonElement[]>> QueryAsync(string statement)
    {
        using var response = await http.PostAsync($"http://127.0.0.1:{httpPort}/db/neo4j/query/v2",
            new StringContent(JsonSerializer.Serialize(new { statement }), Encoding.UTF8, "application/json"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        if (!response.IsSuccessStatusCode || body.TryGetProperty("errors", out _))
            throw new InvalidOperationException($"{statement}: {(int)response.StatusCode} {body}");
        return body.GetProperty("data").GetProperty("values").EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToList();
    }

    public async Task<long> CountAsync(string statement) => (await QueryAsync(statement))[0][0].GetInt64();

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
        server?.Dispose();
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // a file still held by the dying JVM; the temp folder is cleaned later
        }
    }
}
