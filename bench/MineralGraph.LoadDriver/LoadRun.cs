using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace MineralGraph.LoadDriver;

/// <summary>The outcome of driving one operation.</summary>
public sealed record RunResult(
    string Operation, int Requests, int Failures, double Seconds, double P50Ms, double P99Ms, double MaxMs, double DriverCpuUs, RoundTrips RoundTrips)
{
    public double RequestsPerSecond => Requests / Seconds;
}

/// <summary>
/// The store round trips the server reported per request (response header <see cref="LoadRun.RoundTripsHeader"/>:
/// 0 on the embedded store, the number of Query API calls on Neo4j). <see cref="Reported"/> counts the answers that
/// carried the header; a server without it reports none.
/// </summary>
public sealed record RoundTrips(long Reported, long Total, int Max)
{
    public double Mean => Reported == 0 ? double.NaN : (double)Total / Reported;

    public override string ToString() => Reported == 0 ? "n/a" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Mean:F2}/{Max}");
}

/// <summary>
/// N workers send one operation's requests back to back over pooled keep-alive connections until the time or
/// the request budget runs out. A request fails when the status is not 200 or the body carries "errors".
/// </summary>
public sealed class LoadRun(HttpClient client, Uri endpoint, int workers)
{
    static readonly byte[] ErrorsKey = "\"errors\""u8.ToArray();
    static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>Set by the server: how many times it called its store (Neo4j: Query API requests) for the request.</summary>
    public const string RoundTripsHeader = "MineralGraph-Store-Round-Trips";

    public async Task<RunResult> RunAsync(Operation operation, TimeSpan duration, int maxRequests)
    {
        var budget = maxRequests;
        var failures = 0;
        var latencies = new List<long>[workers];
        var trips = new (long Reported, long Total, int Max)[workers];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(async worker =>
        {
            var mine = latencies[worker] = new List<long>(capacity: 1 << 16);
            var buffer = new byte[64 * 1024];
            var turn = worker;
            while (clock.Elapsed < duration && Interlocked.Decrement(ref budget) >= 0)
            {
                var body = operation.Bodies[turn++ % operation.Bodies.Count];
                var start = Stopwatch.GetTimestamp();
                var (ok, roundTrips) = await SendAsync(body, buffer);
                mine.Add(Stopwatch.GetTimestamp() - start);
                if (!ok) Interlocked.Increment(ref failures);
                if (roundTrips is { } n)
                {
                    ref var t = ref trips[worker];
                    t = (t.Reported + 1, t.Total + n, Math.Max(t.Max, n));
                }
            }
        }).ToArray();
        await Task.WhenAll(tasks);
        var seconds = clock.Elapsed.TotalSeconds;
        var driverCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Ms(double quantile) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(quantile * all.Length))] * 1000.0 / Stopwatch.Frequency;
        var roundTrips = new RoundTrips(trips.Sum(t => t.Reported), trips.Sum(t => t.Total), trips.Length == 0 ? 0 : trips.Max(t => t.Max));
        return new RunResult(operation.Name, all.Length, failures, seconds, Ms(0.50), Ms(0.99), Ms(1), all.Length == 0 ? 0 : driverCpu / all.Length, roundTrips);
    }

    /// <summary>
    /// Reads the whole answer into the worker's buffer (no per-response allocation, so the driver spends its CPU
    /// on requests, not on garbage). graphql-dotnet writes "errors" before "data", so the first chunk tells.
    /// </summary>
    async Task<(bool Ok, int? RoundTrips)> SendAsync(byte[] body, byte[] buffer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            await using var stream = await response.Content.ReadAsStreamAsync();
            var first = await stream.ReadAtLeastAsync(buffer, Math.Min(buffer.Length, 16), throwOnEndOfStream: false);
            var ok = response.StatusCode == HttpStatusCode.OK && buffer.AsSpan(0, Math.Min(first, 16)).IndexOf(ErrorsKey) < 0;
            while (await stream.ReadAsync(buffer) > 0) { }
            return (ok, RoundTripsOf(response));
        }
        catch (HttpRequestException)
        {
            return (false, null);
        }
    }

    static int? RoundTripsOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(RoundTripsHeader, out var values)
        && int.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n : null;

    /// <summary>Sends every variant once and prints the first problem, so a broken query is not measured as fast.</summary>
    public async Task<string?> CheckAsync(Operation operation)
    {
        foreach (var body in operation.Bodies)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK || text.Contains("\"errors\"", StringComparison.Ordinal))
                return $"{operation.Name}: {(int)response.StatusCode} {text[..Math.Min(400, text.Length)]}";
        }
        return null;
    }
}
