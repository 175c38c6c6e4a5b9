using MineralGraph.Server.Tests.Http;
using MineralGraph.Server.Tests.Infrastructure;
using MineralGraph.Server.Tests.ReadAhead;

namespace MineralGraph.Server.Tests.Embedded;

// The HTTP tests, run against the server on the embedded store: all of them here; those whose answers come from the
// store run on Neo4j too (Neo4j/Neo4jServerTests.cs).
public sealed class EmbeddedProtocolTests(EmbeddedServerFixture server) : ProtocolTests<EmbeddedServerFixture>(server);

public sealed class EmbeddedQueryTests(EmbeddedServerFixture server) : QueryTests<EmbeddedServerFixture>(server);

public sealed class EmbeddedBadInputTests(EmbeddedServerFixture server) : BadInputTests<EmbeddedServerFixture>(server);

public sealed class EmbeddedExampleQueryTests(EmbeddedServerFixture server) : ExampleQueryTests<EmbeddedServerFixture>(server);

public sealed class EmbeddedRecordedAnswerTests(EmbeddedServerFixture server) : RecordedAnswerTests<EmbeddedServerFixture>(server);
