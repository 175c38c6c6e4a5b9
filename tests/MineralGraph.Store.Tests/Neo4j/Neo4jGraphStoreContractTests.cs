using MineralGraph.Domain.Store;
using MineralGraph.Store.Tests.Contract;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Store.Tests.Neo4j;

/// <summary>The store contract, run on Neo4j loaded with the same fixture seed as the embedded store.</summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jGraphStoreContractTests(Neo4jContractStore fixture)
    : GraphStoreContractTests, IClassFixture<Neo4jContractStore>
{
    protected override IGraphStore Store => fixture.Store;
}
