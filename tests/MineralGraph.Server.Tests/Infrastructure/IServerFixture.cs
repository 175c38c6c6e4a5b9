namespace MineralGraph.Server.Tests.Infrastructure;

/// <summary>
/// A running MineralGraph server the HTTP tests talk to. The abstract test classes in Http/ take any fixture:
/// all run against the server on the embedded store (<see cref="EmbeddedServerFixture"/>), and those whose answers
/// come from the store also on Neo4j (Neo4j/Neo4jServerTests.cs).
/// </summary>
public interface IServerFixture
{
    /// <summary>A client for the server; its BaseAddress is the server root.</summary>
    HttpClient CreateClient();
}
