namespace MineralGraph.Testing.Xunit;

/// <summary>
/// Marks a test class that needs Neo4j. With <see cref="Neo4jAwareTestFramework"/> installed in the assembly, its tests
/// (inherited ones too) are reported as skipped, with one line saying why, when no Neo4j can be found — unless
/// CI=true or MINERALGRAPH_REQUIRE_NEO4J=1, where they run and fail instead.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresNeo4jAttribute : Attribute;
