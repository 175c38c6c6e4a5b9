using MineralGraph.Testing.Neo4j;

namespace MineralGraph.Testing.Xunit;

/// <summary>
/// The tests need a Neo4j (<see cref="Neo4jAvailability"/>: NEO4J_URI, NEO4J_HOME, ../shared/neo4j/start with Java,
/// or Docker); with <see cref="StartsItsOwn"/>, one they start themselves from ../shared/neo4j with Java (a server to
/// kill, or neo4j-admin). Required when CI=true or MINERALGRAPH_REQUIRE_NEO4J=1.
/// </summary>
public sealed class RequiresNeo4jAttribute : RequiresAttribute
{
    public bool StartsItsOwn { get; init; }

    public override Prerequisite Prerequisite => StartsItsOwn ? Neo4jAvailability.OwnServer : Neo4jAvailability.AnyServer;
}
