using MineralGraph.Testing.Neo4j;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Store.Tests.Neo4j;

/// <summary>
/// Every class that reads or writes the shared Neo4j is in this collection: Community edition has one database,
/// so classes that load different data must run one after another, each loading what it needs first.
/// </summary>
[CollectionDefinition(Name)]
public sealed class Neo4jCollection
{
    public const string Name = "neo4j";
}

/// <summary>The shared Neo4j with the contract seed loaded (once per class that uses it).</summary>
public sealed class Neo4jContractStore : Neo4jFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await LoadAsync(Contract.ContractSeed.Graph);
    }
}
