using MineralGraph.Server.Tests.Http;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Server.Tests.Neo4j;

// The HTTP tests, run against the server on Neo4j loaded with the real graph-seed.
[RequiresNeo4j]
public sealed class Neo4jProtocolTests(Neo4jServerFixture server) : ProtocolTests<Neo4jServerFixture>(server);

[RequiresNeo4j]
public sealed class Neo4jQueryTests(Neo4jServerFixture server) : QueryTests<Neo4jServerFixture>(server);

[RequiresNeo4j]
public sealed class Neo4jBadInputTests(Neo4jServerFixture server) : BadInputTests<Neo4jServerFixture>(server);

[RequiresNeo4j]
public sealed class Neo4jExampleQueryTests(Neo4jServerFixture server) : ExampleQueryTests<Neo4jServerFixture>(server);
