namespace MineralGraph.Testing.Neo4j;

/// <summary>A Neo4j the tests can use: its HTTP address, credentials, and how it was found or started.</summary>
public sealed record Neo4jInstance(Uri HttpUri, string User, string Password, string Database, string Origin, TimeSpan StartupTime)
{
    /// <summary>The settings <c>AddNeo4jGraphStore</c> reads, for an in-memory configuration or environment.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["NEO4J_URI"] = HttpUri.ToString().TrimEnd('/'),
        ["NEO4J_USER"] = User,
        ["NEO4J_PASSWORD"] = Password,
        ["NEO4J_DATABASE"] = Database,
    };
}
