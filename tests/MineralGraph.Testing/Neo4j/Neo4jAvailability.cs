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
public sealed record Neo4jAvailability(Neo4jSource Source, string? SkipReason, bool Required)
{
    public bool IsAvailable => Source != Neo4jSource.None;

    /// <summary>Neo4j tests must run, never skip: CI=true or MINERALGRAPH_REQUIRE_NEO4J=1.</summary>
    public static bool IsRequired =>
        string.Equals(System.Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || System.Environment.GetEnvironmentVariable("MINERALGRAPH_REQUIRE_NEO4J") == "1";

    public static Neo4jAvailability Current { get; } = Detect();

    static Neo4jAvailability Detect()
    {
        var required = IsRequired;
        if (!string.IsNullOrWhiteSpace(System.Environment.GetEnvironmentVariable("NEO4J_URI")))
            return new(Neo4jSource.Environment, null, required);
        if (System.Environment.GetEnvironmentVariable("NEO4J_HOME") is { Length: > 0 } home && File.Exists(Path.Combine(home, "bin", "neo4j")))
            return new(Neo4jSource.Distribution, null, required);
        if (RepositoryPaths.SharedNeo4jStart is { } start && File.Exists(start) && JavaLocator.Find() is not null)
            return new(Neo4jSource.SharedLauncher, null, required);
        if (DockerLooksAvailable())
            return new(Neo4jSource.Docker, null, required);
        return new(Neo4jSource.None,
            "no Neo4j found — set NEO4J_URI (+NEO4J_USER/NEO4J_PASSWORD) or NEO4J_HOME, provide ../shared/neo4j/start with Java 17+, or run a Docker engine",
            required);
    }

    static bool DockerLooksAvailable() =>
        !string.IsNullOrWhiteSpace(System.Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock");
}
