using System.Diagnostics;
using DotNet.Testcontainers.Containers;

namespace MineralGraph.Testing.Neo4j;

/// <summary>
/// The Neo4j the tests of one test assembly share: found or started once, lazily, in the order NEO4J_URI →
/// NEO4J_HOME → &lt;repo&gt;/../shared/neo4j/start → Docker (see <see cref="Neo4jAvailability"/>), and stopped when
/// the test process exits. Its start-up time is measured and printed.
/// </summary>
public static class Neo4jServers
{
    static readonly Lazy<Task<Neo4jInstance>> shared = new(StartSharedAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    static IContainer? container;

    public static Task<Neo4jInstance> SharedAsync() => shared.Value;

    /// <summary>
    /// A server of the test's own (for tests that kill it): always started locally, never the shared one.
    /// The caller disposes it.
    /// </summary>
    public static Task<LocalNeo4jServer> StartDedicatedAsync(CancellationToken cancellationToken = default)
    {
        var source = Neo4jAvailability.OwnServer.Missing is null ? Neo4jSource.SharedLauncher
            : System.Environment.GetEnvironmentVariable("NEO4J_HOME") is { Length: > 0 } ? Neo4jSource.Distribution
            : throw new InvalidOperationException("a dedicated Neo4j needs ../shared/neo4j/start with Java, or NEO4J_HOME");
        return LocalNeo4jServer.StartAsync(source, cancellationToken);
    }

    static async Task<Neo4jInstance> StartSharedAsync()
    {
        var availability = Neo4jAvailability.Current;
        Neo4jInstance instance;
        switch (availability.Source)
        {
            case Neo4jSource.Environment:
                instance = await FromEnvironmentAsync();
                break;
            case Neo4jSource.Distribution or Neo4jSource.SharedLauncher:
                var server = await LocalNeo4jServer.StartAsync(availability.Source);
                instance = server.Instance;
                break;
            case Neo4jSource.Docker:
                (instance, container) = await DockerNeo4j.StartAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
                break;
            default:
                throw new InvalidOperationException(Neo4jAvailability.AnyServer.Required
                    ? $"Neo4j tests must run here (CI=true or MINERALGRAPH_REQUIRE_NEO4J=1), but {availability.SkipReason}"
                    : availability.SkipReason);
        }
        Report($"[neo4j] {instance.Origin}: ready at {instance.HttpUri} in {instance.StartupTime.TotalSeconds:0.0} s");
        return instance;
    }

    static async Task<Neo4jInstance> FromEnvironmentAsync()
    {
        var watch = Stopwatch.StartNew();
        var instance = new Neo4jInstance(
            new Uri(System.Environment.GetEnvironmentVariable("NEO4J_URI")!),
            System.Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            System.Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "",
            System.Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
            "NEO4J_URI",
            TimeSpan.Zero);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            using var response = await http.GetAsync(instance.HttpUri);
        }
        catch (HttpRequestException e)
        {
            throw new InvalidOperationException($"NEO4J_URI={instance.HttpUri} does not answer: {e.Message}", e);
        }
        return instance with { StartupTime = watch.Elapsed };
    }

    /// <summary>Printed on stderr so it shows in the test log; the fixture tests also write it to their output.</summary>
    internal static void Report(string line) => Console.Error.WriteLine(line);
}
