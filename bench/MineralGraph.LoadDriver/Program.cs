using System.Globalization;
using MineralGraph.LoadDriver;

// Drives a running MineralGraph server with GraphQL POSTs over loopback and prints requests/second and latency
// percentiles per operation. Usage:
//   dotnet run -c Release --project bench/MineralGraph.LoadDriver -- [--url http://127.0.0.1:5080/graphql]
//     [--workers 16] [--seconds 10] [--requests 1000000] [--warmup 2] [--only node-by-id,search]
var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: LoadDriver [--url URL] [--workers N] [--seconds S] [--requests N] [--warmup S] [--only op1,op2]");
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

foreach (var operation in operations)
{
    if (await run.CheckAsync(operation) is { } problem)
    {
        Console.Error.WriteLine("check failed, not measuring: " + problem);
        return 1;
    }
}

Console.WriteLine($"{options.Url}  workers={options.Workers}  seconds={options.Seconds}/op  max requests={options.Requests}/op  warm-up={options.Warmup}s/op");
Console.WriteLine($"{"operation",-24}{"requests",10}{"errors",8}{"req/s",10}{"p50 ms",9}{"p99 ms",9}{"max ms",9}{"driver CPU µs/req",19}");
foreach (var operation in operations)
{
    if (options.Warmup > 0) await run.RunAsync(operation, TimeSpan.FromSeconds(options.Warmup), int.MaxValue);
    var r = await run.RunAsync(operation, TimeSpan.FromSeconds(options.Seconds), options.Requests);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{r.Operation,-24}{r.Requests,10}{r.Failures,8}{r.RequestsPerSecond,10:F0}{r.P50Ms,9:F2}{r.P99Ms,9:F2}{r.MaxMs,9:F2}{r.DriverCpuUs,19:F0}"));
}
return 0;

sealed record Options(Uri Url, int Workers, double Seconds, int Requests, double Warmup, HashSet<string>? Only)
{
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
        return args.Length % 2 == 0 && o.Workers > 0 && o.Seconds > 0 && o.Requests > 0 ? o : null;
    }
}
