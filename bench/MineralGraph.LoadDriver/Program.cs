using System.Globalization;
using MineralGraph.LoadDriver;

// Drives a running MineralGraph server with GraphQL POSTs over loopback and prints requests/second and latency
// percentiles per operation. Usage:
//   dotnet run -c Release --project bench/MineralGraph.LoadDriver -- [--url http://127.0.0.1:5080/graphql]
//     [--workers 16] [--seconds 10] [--requests 1000000] [--warmup 2] [--only node-by-id,search]
var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine($"usage: LoadDriver [--url URL] [--workers N≤{Options.MaxWorkers}] [--seconds S≤{Options.MaxSeconds}] [--requests N≤{Options.MaxRequests}] [--warmup S≤{Options.MaxSeconds}] [--only op1,op2]");
    Console.Error.WriteLine("The URL must be a loopback address (127.0.0.0/8, [::1] or localhost): this driver only loads a server on this machine.");
    return 2;
}

using var client = new HttpClient(new SocketsHttpHandler
{
    MaxConnectionsPerServer = options.Workers,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    UseProxy = false,
}) { Timeout = TimeSpan.FromSeconds(30) };
var run = new LoadRun(client, options.Url, options.Workers);
var operations = Operation.All.Where(o => options.Only is null || options.Only.Contains(o.Name)).ToList();

// An operation whose check fails (an error, or the server's time limit on a big graph) is not measured: it is
// named with the reason, and the others still run. Exit code 1 when any was left out.
var skipped = new List<string>();
foreach (var operation in operations.ToList())
{
    if (await run.CheckAsync(operation) is { } problem)
    {
        Console.WriteLine("not measured: " + problem);
        skipped.Add(operation.Name);
        operations.Remove(operation);
    }
}

Console.WriteLine($"{options.Url}  workers={options.Workers}  seconds={options.Seconds}/op  max requests={options.Requests}/op  warm-up={options.Warmup}s/op");
Console.WriteLine($"{"operation",-24}{"requests",10}{"errors",8}{"req/s",10}{"p50 ms",9}{"p99 ms",9}{"max ms",9}{"driver CPU µs/req",19}{"round trips mean/max",22}");
foreach (var operation in operations)
{
    if (options.Warmup > 0) await run.RunAsync(operation, TimeSpan.FromSeconds(options.Warmup), int.MaxValue);
    var r = await run.RunAsync(operation, TimeSpan.FromSeconds(options.Seconds), options.Requests);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{r.Operation,-24}{r.Requests,10}{r.Failures,8}{r.RequestsPerSecond,10:F0}{r.P50Ms,9:F2}{r.P99Ms,9:F2}{r.MaxMs,9:F2}{r.DriverCpuUs,19:F0}{r.RoundTrips,22}"));
}
return skipped.Count == 0 ? 0 : 1;

sealed record Options(Uri Url, int Workers, double Seconds, int Requests, double Warmup, HashSet<string>? Only)
{
    // Every run is bounded in time and count, and goes to this machine only.
    public const int MaxWorkers = 256;
    public const double MaxSeconds = 600;
    public const int MaxRequests = 10_000_000;

    public static Options? Parse(string[] args)
    {
        var o = new Options(new Uri("http://127.0.0.1:5080/graphql"), 16, 10, 1_000_000, 2, null);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            o = args[i] switch
            {
                "--url" => o with { Url = new Uri(value) },
                "--workers" => o with { Workers = int.Parse(value, CultureInfo.InvariantCulture) },
                "--seconds" => o with { Seconds = double.Parse(value, CultureInfo.InvariantCulture) },
                "--requests" => o with { Requests = int.Parse(value, CultureInfo.InvariantCulture) },
                "--warmup" => o with { Warmup = double.Parse(value, CultureInfo.InvariantCulture) },
                "--only" => o with { Only = value.Split(',').ToHashSet() },
                _ => null,
            };
            if (o is null) return null;
        }
        return args.Length % 2 == 0 && IsLoopback(o.Url)
            && o.Workers is > 0 and <= MaxWorkers && o.Seconds is > 0 and <= MaxSeconds && o.Warmup is >= 0 and <= MaxSeconds
            && o.Requests is > 0 and <= MaxRequests ? o : null;
    }

    static bool IsLoopback(Uri url) =>
        url.Scheme is "http" or "https"
        && (url.IsLoopback || (System.Net.IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip)));
}
