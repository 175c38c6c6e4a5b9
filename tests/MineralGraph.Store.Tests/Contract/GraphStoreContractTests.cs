using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Tests.Contract;

/// <summary>
/// What every <see cref="IGraphStore"/> must answer for <see cref="ContractSeed"/>. A store's test class subclasses
/// this and returns, from <see cref="Store"/>, a store loaded with <see cref="ContractSeed.Graph"/> (usually held
/// by an xunit class fixture). The tests are split by operation into the partial files beside this one.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    /// <summary>The store under test, loaded with the contract seed; tests only read from it.</summary>
    protected abstract IGraphStore Store { get; }

    protected static string[] Ids(IEnumerable<Entity?> entities) => entities.Select(e => e?.Id ?? "(null)").ToArray();

    protected static string[] Ids(IEnumerable<Relation> relations) => relations.Select(r => r.Id).ToArray();
}
