using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Store.Neo4j.Curation;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.Loading;
using MineralGraph.Store.Tests.Contract;
using MineralGraph.Testing.Neo4j;

namespace MineralGraph.Store.Tests.Curation;

/// <summary>
/// The shared Neo4j for the curation tests: each test starts from the contract seed (with its source texts) and
/// no curated changes. The other Neo4j classes load what they need first, and this one removes its change
/// records when done, so they never see a curated graph.
/// </summary>
public sealed class Neo4jCurationFixture : Neo4jFixture
{
    const string ForgetChanges = "MATCH (n) WHERE n:Change OR n:ChangeCounter DETACH DELETE n";

    public Neo4jCurationStore Curation => Services.GetRequiredService<Neo4jCurationStore>();

    /// <summary>The contract seed as loaded by <c>seed load</c> (stale data removed), and no change history.</summary>
    public async Task ResetAsync()
    {
        await Client.WriteAsync(new CypherStatement(ForgetChanges));
        await Services.GetRequiredService<Neo4jSeedWriter>().WriteAsync(ContractSeed.Graph,
            new SeedWriteOptions { Mode = SeedWriteMode.Atomic, SeedDirectory = ContractSeed.Directory });
    }

    public override async Task DisposeAsync()
    {
        if (IsInitialised) await Client.WriteAsync(new CypherStatement(ForgetChanges));
        await base.DisposeAsync();
    }
}
