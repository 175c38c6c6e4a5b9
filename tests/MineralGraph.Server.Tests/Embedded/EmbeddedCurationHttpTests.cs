using MineralGraph.Server.Tests.Curation;
using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Embedded;

// Curation over HTTP on the embedded store with its SQLite journal.
public sealed class EmbeddedCurationHttpTests(EmbeddedCurationServerFixture server) : CurationHttpTests<EmbeddedCurationServerFixture>(server);
