using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace MineralGraph.Testing.Neo4j;

/// <summary>
/// A Neo4j this test run started itself, from <c>&lt;repo&gt;/../shared/neo4j/start</c> or a NEO4J_HOME distribution:
/// a fresh temp folder, loopback, free ports, authentication on with a generated password. It runs under a small
/// shell watchdog that kills it when the test process disappears (even on SIGKILL); <see cref="DisposeAsync"/>
/// and the process-exit hook stop it and delete the folder.
/// </summary>
public sealed class LocalNeo4jServer : IAsyncDisposable
{
    static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(180); // 8 s on an idle machine; far more on a loaded CI runner

    readonly Neo4jSource source;
    readonly string directory;
    readonly int httpPort;
    readonly int boltPort;
    Process? process;
    int disposed;

    LocalNeo4jServer(Neo4jSource source)
    {
        this.source = source;
        directory = Path.Combine(Path.GetTempPath(), "mineralgraph-neo4j-" + Guid.NewGuid().ToString("N")[..12]);
        httpPort = FreePort();
        boltPort = FreePort();
        Password = "mg-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAndDelete();
    }

    public string Password { get; }
    public Uri HttpUri => new($"http://127.0.0.1:{httpPort}");
    public TimeSpan StartupTime { get; private set; }
    public Neo4jInstance Instance => new(HttpUri, "neo4j", Password, "neo4j", $"{source} in {directory}", StartupTime);

    /// <summary>Starts a server and waits until the Query API answers a statement.</summary>
    public static async Task<LocalNeo4jServer> StartAsync(Neo4jSource source, CancellationToken cancellationToken = default)
    {
        if (source is not (Neo4jSource.SharedLauncher or Neo4jSource.Distribution))
            throw new ArgumentException($"{source} is not a local way to start Neo4j", nameof(source));
        var server = new LocalNeo4jServer(source);
        try
        {
            var watch = Stopwatch.StartNew();
            server.Launch();
            await server.WaitUntilReadyAsync(cancellationToken);
            server.StartupTime = watch.Elapsed;
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Simulates a crash: SIGKILL, no clean shutdown.</summary>
    public void Kill()
    {
        var p = process;
        if (p is null) return;
        try
        {
            if (!p.HasExited) p.Kill(entireProcessTree: true);
            p.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    /// <summary>Starts the server again on the same folder (same data, ports and password); returns the time until it answered.</summary>
    public async Task<TimeSpan> RestartAsync(CancellationToken cancellationToken = default)
    {
        Kill();
        var watch = Stopwatch.StartNew();
        Launch();
        await WaitUntilReadyAsync(cancellationToken);
        return watch.Elapsed;
    }

    void Launch()
    {
        Directory.CreateDirectory(directory);
        var log = Path.Combine(directory, "console.log");
        var start = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardInput = true };
        // The watchdog: run Neo4j in the background; when this test process is gone (even killed, when no exit
        // hook runs), stop Neo4j and delete its folder (~0.5 GB of preallocated logs).
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("""
            watched=$1; log=$2; dir=$3; shift 3
            "$@" >>"$log" 2>&1 &
            child=$!
            while kill -0 "$watched" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 1; done
            if ! kill -0 "$watched" 2>/dev/null; then
              kill -KILL "$child" 2>/dev/null
              wait "$child"
              rm -rf "$dir"
            fi
            wait "$child"
            """);
        start.ArgumentList.Add("neo4j-watchdog");
        start.ArgumentList.Add(System.Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(log);
        start.ArgumentList.Add(directory);
        if (source == Neo4jSource.SharedLauncher)
        {
            start.ArgumentList.Add(RepositoryPaths.SharedNeo4jStart!);
            start.ArgumentList.Add(directory);
            start.Environment["NEO4J_HTTP_PORT"] = httpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
            start.Environment["NEO4J_BOLT_PORT"] = boltPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
            start.Environment["NEO4J_AUTH"] = "neo4j/" + Password;
        }
        else
        {
            var home = System.Environment.GetEnvironmentVariable("NEO4J_HOME")!;
            WriteDistributionConfig();
            if (!File.Exists(Path.Combine(directory, "data", "dbms", "auth.ini")))
                RunToEnd(Path.Combine(home, "bin", "neo4j-admin"), ["dbms", "set-initial-password", Password]);
            start.ArgumentList.Add(Path.Combine(home, "bin", "neo4j"));
            start.ArgumentList.Add("console");
            start.Environment["NEO4J_CONF"] = Path.Combine(directory, "conf");
        }
        process = Process.Start(start) ?? throw new InvalidOperationException("could not start bash to run Neo4j");
    }

    void WriteDistributionConfig()
    {
        var conf = Path.Combine(directory, "conf");
        Directory.CreateDirectory(conf);
        File.WriteAllText(Path.Combine(conf, "neo4j.conf"), $"""
            server.default_listen_address=127.0.0.1
            server.http.listen_address=127.0.0.1:{httpPort}
            server.bolt.listen_address=127.0.0.1:{boltPort}
            server.https.enabled=false
            dbms.security.auth_enabled=true
            server.memory.heap.initial_size=512m
            server.memory.heap.max_size=512m
            server.memory.pagecache.size=128m
            dbms.usage_report.enabled=false
            server.directories.data={directory}/data
            server.directories.logs={directory}/logs
            server.directories.run={directory}/run
            """);
    }

    void RunToEnd(string file, string[] arguments)
    {
        var info = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        info.Environment["NEO4J_CONF"] = Path.Combine(directory, "conf");
        using var p = Process.Start(info)!;
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} failed: {p.StandardError.ReadToEnd()}");
    }

    async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Password));
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (DateTime.UtcNow < deadline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process is { HasExited: true })
                throw new InvalidOperationException($"Neo4j exited during start-up (code {process.ExitCode}); last lines of its log:\n{Tail()}");
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(HttpUri, "/db/neo4j/query/v2"))
                {
                    Content = new StringContent("""{"statement":"RETURN 1"}""", Encoding.UTF8, "application/json"),
                };
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", auth);
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // slow first answer
            }
            await Task.Delay(150, cancellationToken);
        }
        throw new TimeoutException($"Neo4j did not answer within {ReadyTimeout.TotalSeconds:0} s; last lines of its log:\n{Tail()}");
    }

    string Tail()
    {
        var log = Path.Combine(directory, "console.log");
        return File.Exists(log) ? string.Join("\n", File.ReadLines(log).TakeLast(15)) : "(no log)";
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    void StopAndDelete()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        Kill();
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by a dying process: the temp folder is cleaned by the OS later
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public ValueTask DisposeAsync()
    {
        StopAndDelete();
        return ValueTask.CompletedTask;
    }
}
