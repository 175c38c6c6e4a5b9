using MineralGraph.Server.Tests.Http;
using MineralGraph.Server.Tests.ReadAhead;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Server.Tests.Neo4j;

// The HTTP tests whose answers come from the store, run against the server on Neo4j loaded with the real graph-seed.
// The store-neutral ones (ProtocolTests, BadInputTests: media types, methods, caps, validation) run once, on the
// embedded store; the store contract and parity suites (MineralGraph.Store.Tests) cover both stores.
[RequiresNeo4j]
public sealed class Neo4jQueryTests(Neo4jServerFixture server) : QueryTests<Neo4jServerFixture>(server);

[RequiresNeo4j]
public sealed class Neo4jExampleQueryTests(Neo4jServerFixture server) : ExampleQueryTests<Neo4jServerFixture>(server);

[RequiresNeo4j]
public sealed class Neo4jRecordedAnswerTests(Neo4jServerFixture server) : RecordedAnswerTests<Neo4jServerFixture>(server);
