using MineralGraph.Server.Tests.Curation;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Server.Tests.Neo4j;

// Curation over HTTP on Neo4j: one transaction per change, history and idempotency keys in the database.
[RequiresNeo4j]
[Collection(nameof(Neo4jCurationAlone))]
public sealed class Neo4jCurationHttpTests(Neo4jCurationServerFixture server) : CurationHttpTests<Neo4jCurationServerFixture>(server);
