using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MineralGraph.Server.Tests.Infrastructure;

/// <summary>
/// The server as its own operating-system process (MineralGraph.Server.dll from the test's output, run by
/// <c>dotnet</c>, listening with Kestrel on a free loopback port), so a test can kill it with SIGKILL the way a
/// crash or an OOM killer would, and start it again over the same files.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    readonly Process process;
    readonly System.Text.StringBuilder output;

    public Uri BaseAddress { get; }

    ServerProcess(Process process, Uri baseAddress, System.Text.StringBuilder output)
    {
        this.process = process;
        BaseAddress = baseAddress;
        this.output = output;
    }

    /// <summary>The CPU time the server process has used so far, all threads.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>The server process's working set (resident memory), in bytes.</summary>
    public long WorkingSetBytes
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    /// <summary>SIGTERM, as an orchestrator stops a container: the server shuts down gracefully; waits until it has exited.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
    }

    /// <summary>What the server wrote to stdout and stderr so far (its console log, Warning and above).</summary>
    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    /// <summary>Starts the server with these settings (as environment variables, Section__Key) and waits until /readyz answers.</summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, TimeSpan timeout)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MineralGraph.Server.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerProcess(process, baseAddress, output);
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited) break;
            try
            {
                if ((await http.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK) return server;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        await server.DisposeAsync();
        string log;
        lock (output) log = output.ToString();
        throw new InvalidOperationException($"the server process did not become ready within {timeout}: {log}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing; whatever was not durable is gone.</summary>
    public void KillHard()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited) KillHard();
        process.Dispose();
        return ValueTask.CompletedTask;
    }
}
