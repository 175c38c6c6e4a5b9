using MineralGraph.Testing.Xunit;

namespace MineralGraph.Testing.Neo4j;

/// <summary>How the tests will get a Neo4j, decided cheaply (no process is started) so tests can be skipped at discovery.</summary>
public enum Neo4jSource
{
    None,
    /// <summary>NEO4J_URI (with NEO4J_USER/NEO4J_PASSWORD) names a running server.</summary>
    Environment,
    /// <summary>NEO4J_HOME holds a Neo4j distribution: bin/neo4j console.</summary>
    Distribution,
    /// <summary>&lt;repo&gt;/../shared/neo4j/start runs the jars with a local Java.</summary>
    SharedLauncher,
    /// <summary>A Docker engine answers: Testcontainers runs neo4j:5.26.</summary>
    Docker,
}

/// <summary>Which <see cref="Neo4jSource"/> applies here, and when none does, one line saying why (<see cref="SkipReason"/>).</summary>
public sealed record Neo4jAvailability(Neo4jSource Source, string? SkipReason)
{
    public bool IsAvailable => Source != Neo4jSource.None;

    public static Neo4jAvailability Current { get; } = Detect();

    /// <summary>Tests that use whichever Neo4j <see cref="Current"/> found.</summary>
    public static Prerequisite AnyServer => new("Neo4j", Current.SkipReason, RequireVariable);

    /// <summary>Tests that start a Neo4j of their own (to kill it, or to run neo4j-admin) from ../shared/neo4j.</summary>
    public static Prerequisite OwnServer => new("Neo4j",
        SharedLauncherFound ? null : $"no {RepositoryPaths.SharedNeo4jStart ?? "../shared/neo4j/start"} with Java 17+ to start a Neo4j 5.26 of their own",
        RequireVariable);

    const string RequireVariable = "MINERALGRAPH_REQUIRE_NEO4J";

    static bool SharedLauncherFound => RepositoryPaths.SharedNeo4jStart is { } start && File.Exists(start) && JavaLocator.Find() is not null;

    static Neo4jAvailability Detect()
    {
        if (!string.IsNullOrWhiteSpace(System.Environment.GetEnvironmentVariable("NEO4J_URI")))
            return new(Neo4jSource.Environment, null);
        if (System.Environment.GetEnvironmentVariable("NEO4J_HOME") is { Length: > 0 } home && File.Exists(Path.Combine(home, "bin", "neo4j")))
            return new(Neo4jSource.Distribution, null);
        if (SharedLauncherFound)
            return new(Neo4jSource.SharedLauncher, null);
        if (DockerLooksAvailable())
            return new(Neo4jSource.Docker, null);
        return new(Neo4jSource.None,
            "no Neo4j found — set NEO4J_URI (+NEO4J_USER/NEO4J_PASSWORD) or NEO4J_HOME, provide ../shared/neo4j/start with Java 17+, or run a Docker engine");
    }

    static bool DockerLooksAvailable() =>
        !string.IsNullOrWhiteSpace(System.Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock");
}
