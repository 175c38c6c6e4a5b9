using System.Diagnostics;
using System.Security.Cryptography;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace MineralGraph.Testing.Neo4j;

/// <summary>Neo4j 5.26 community in Docker through Testcontainers (core package), where a Docker engine answers.</summary>
internal static class DockerNeo4j
{
    public const string Image = "neo4j:5.26-community";

    public static async Task<(Neo4jInstance Instance, IContainer Container)> StartAsync(CancellationToken cancellationToken = default)
    {
        var password = "mg-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        var watch = Stopwatch.StartNew();
        var container = new ContainerBuilder(Image)
            .WithEnvironment("NEO4J_AUTH", "neo4j/" + password)
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
            .Build();
        await container.StartAsync(cancellationToken);
        var uri = new Uri($"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}");
        return (new Neo4jInstance(uri, "neo4j", password, "neo4j", $"Docker {Image}", watch.Elapsed), container);
    }
}
