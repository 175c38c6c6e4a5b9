namespace MineralGraph.Server.Tests.Infrastructure;

/// <summary>
/// A running MineralGraph server the HTTP tests talk to. The abstract test classes in Http/ take any fixture,
/// so the same tests run against the server on the embedded store (<see cref="EmbeddedServerFixture"/>) and,
/// in Neo4j/, on Neo4j.
/// </summary>
public interface IServerFixture
{
    /// <summary>A client for the server; its BaseAddress is the server root.</summary>
    HttpClient CreateClient();
}
