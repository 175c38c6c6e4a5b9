using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded;
using MineralGraph.Store.Tests.Contract;

namespace MineralGraph.Store.Tests.Embedded;

/// <summary>One embedded store over the contract seed, shared by the contract tests (they only read).</summary>
public sealed class EmbeddedContractStore
{
    public EmbeddedGraphStore Store { get; } = new(ContractSeed.Graph);
}

public sealed class EmbeddedGraphStoreContractTests(EmbeddedContractStore fixture)
    : GraphStoreContractTests, IClassFixture<EmbeddedContractStore>
{
    protected override IGraphStore Store => fixture.Store;
}
