#:property Optimize=true
#:property PublishAot=false

// Opens N idle GraphQL-over-SSE subscribers to a real server process and measures what they cost it: the server's
// resident memory (working set) before and after, its CPU time over an idle stretch, and the time one change takes to
// reach all of them (p50/p99/max). The driver starts the server itself (embedded store, a fresh journal, a curator
// key), so the figures are the server's alone. Usage, from the repo root, after a Release build of the server:
//   dotnet build -c Release src/MineralGraph.Server
//   dotnet run -c Release bench/subscribers/subscribers.cs -- [SUBSCRIBERS=1000] [IDLE_SECONDS=10] [SERVER_DLL]
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

var count = args.Length > 0 ? int.Parse(args[0]) : 1000;
var idleSeconds = args.Length > 1 ? int.Parse(args[1]) : 10;
var dll = args.Length > 2 ? args[2] : Path.GetFullPath("artifacts/bin/MineralGraph.Server/release/MineralGraph.Server.dll");
const string Key = "bench-curator-key";
const string Watched = "government/canada";

var port = FreePort();
var baseAddress = new Uri($"http://127.0.0.1:{port}/");
var journal = Directory.CreateTempSubdirectory("mg-bench-subscribers-").FullName;
var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
start.ArgumentList.Add(dll);
start.ArgumentList.Add("--urls");
start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
start.Environment["Logging__LogLevel__Default"] = "Warning";
start.Environment["Store__Kind"] = "embedded";
start.Environment["Seed__Directory"] = Path.GetFullPath("graph-seed");
start.Environment["Curation__JournalPath"] = Path.Combine(journal, "curation.db");
start.Environment["Curation__Keys__0__Name"] = "bench";
start.Environment["Curation__Keys__0__Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key)));
start.Environment["Subscriptions__MaxConnectionsPerClient"] = (count + 10).ToString();
using var server = Process.Start(start)!;
server.OutputDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("server: " + e.Data); };
server.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("server: " + e.Data); };
server.BeginOutputReadLine();
server.BeginErrorReadLine();
try
{
    using var api = new HttpClient { BaseAddress = baseAddress };
    while (true)
    {
        try
        {
            if ((await api.GetAsync("/readyz")).IsSuccessStatusCode) break;
        }
        catch (HttpRequestException)
        {
        }
        await Task.Delay(200);
    }
    // Warm the endpoint (JIT) with one subscriber and one change, so the figures are of the steady state.
    await MeasureAsync(1, warmUp: true);
    await MeasureAsync(count, warmUp: false);
}
finally
{
    server.Kill(entireProcessTree: true);
    server.WaitForExit();
    Directory.Delete(journal, recursive: true);
}
return;

async Task MeasureAsync(int subscribers, bool warmUp)
{
    using var api = new HttpClient { BaseAddress = baseAddress };
    var handler = new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
    using var streams = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
    var memoryBefore = WorkingSet();
    var clock = Stopwatch.StartNew();
    var arrived = new long[subscribers];
    var target = 0L;
    var opened = 0;
    using var stop = new CancellationTokenSource();
    var readers = Enumerable.Range(0, subscribers).Select(i => Task.Run(async () =>
    {
        var body = JsonSerializer.Serialize(new { query = $"subscription {{ graphChanged(ids: [\"{Watched}\"]) {{ sequence operation }} }}" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", "text/event-stream");
        using var response = await streams.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop.Token);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"subscriber {i}: {(int)response.StatusCode}");
        Interlocked.Increment(ref opened);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
        while (await reader.ReadLineAsync(stop.Token) is { } line)
        {
            if (line.StartsWith("id: ", StringComparison.Ordinal) && long.Parse(line[4..]) >= Volatile.Read(ref target) && Volatile.Read(ref target) > 0)
            {
                arrived[i] = clock.ElapsedTicks;
                return;
            }
        }
    })).ToArray();
    while (Volatile.Read(ref opened) < subscribers)
    {
        if (readers.FirstOrDefault(r => r.IsFaulted) is { } failed) await failed;
        await Task.Delay(50);
    }
    await Task.Delay(2000); // let the server settle after the connection burst
    var memoryOpen = WorkingSet();
    var cpuBefore = CpuTime();
    await Task.Delay(TimeSpan.FromSeconds(warmUp ? 1 : idleSeconds));
    var cpuIdle = CpuTime() - cpuBefore;

    // One change to the watched entity; the time from sending it until each subscriber has it.
    var sent = clock.ElapsedTicks;
    Volatile.Write(ref target, 1); // any change from now on counts
    var mutation = JsonSerializer.Serialize(new
    {
        query = "mutation($d: String!) { updateEntity(id: \"" + Watched + "\", fields: { description: $d }) { change { sequence } } }",
        variables = new { d = "Bench change " + Guid.NewGuid() },
    });
    using var change = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(mutation, Encoding.UTF8, "application/json") };
    change.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Key);
    var answer = await api.SendAsync(change);
    var sequence = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("updateEntity").GetProperty("change").GetProperty("sequence").GetInt64();
    var all = Task.WhenAll(readers);
    await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30)));
    var latencies = arrived.Where(a => a > 0).Select(a => (a - sent) * 1000.0 / Stopwatch.Frequency).Order().ToArray();
    stop.Cancel();
    if (warmUp) return;
    Console.WriteLine($"subscribers: {subscribers} (each: graphChanged(ids: [\"{Watched}\"]) over POST /graphql, Accept: text/event-stream)");
    Console.WriteLine($"server working set: {Mb(memoryBefore)} before, {Mb(memoryOpen)} with them open: {Mb(memoryOpen - memoryBefore)} for {subscribers} ({(memoryOpen - memoryBefore) / 1024.0 / subscribers:0.0} KB each)");
    Console.WriteLine($"server CPU time over {idleSeconds} s idle with them open: {cpuIdle.TotalMilliseconds:0} ms ({cpuIdle.TotalMilliseconds / idleSeconds / 10:0.00}% of one core)");
    Console.WriteLine($"change {sequence} reached {latencies.Length} of {subscribers}: p50 {Pct(latencies, 0.5):0} ms, p99 {Pct(latencies, 0.99):0} ms, max {latencies.LastOrDefault():0} ms (from sending the mutation)");
    Console.WriteLine($"load average while running: {File.ReadAllText("/proc/loadavg").Trim()}; {Environment.ProcessorCount} CPUs");
}

long WorkingSet()
{
    server.Refresh();
    return server.WorkingSet64;
}

TimeSpan CpuTime()
{
    server.Refresh();
    return server.TotalProcessorTime;
}

static double Pct(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

static string Mb(long bytes) => $"{bytes / 1048576.0:0.0} MB";

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
