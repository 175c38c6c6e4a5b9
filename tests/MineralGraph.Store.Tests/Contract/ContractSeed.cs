using MineralGraph.Domain.Seed;

namespace MineralGraph.Store.Tests.Contract;

/// <summary>
/// The small seed every store is loaded with for <see cref="GraphStoreContractTests"/> (Fixtures/contract-seed,
/// copied to the output folder). Each test's expected ids are worked out from these files by hand.
/// </summary>
public static class ContractSeed
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "contract-seed");

    static readonly Lazy<SeedGraph> graph = new(() => SeedLoader.LoadValid(Directory));

    /// <summary>The validated fixture graph (loaded once per test run).</summary>
    public static SeedGraph Graph => graph.Value;
}
