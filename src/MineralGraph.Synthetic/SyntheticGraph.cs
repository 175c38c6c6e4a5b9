using MineralGraph.Domain.Seed;
using MineralGraph.Synthetic.Generation;

namespace MineralGraph.Synthetic;

/// <summary>
/// A deterministic synthetic graph shaped like the real one, for scale tests and benchmarks: every entity kind in
/// realistic proportions, every relation kind with allowed ends only, hubs (minerals, blocs, the real ids), mixed
/// dates, evidence citing synthetic sources, a few disputes — and the real graph's skeleton, so queries naming
/// government/china or mineral/lithium mean the same on both. Same seed and sizes, same graph, on any machine.
/// </summary>
public static class SyntheticGraph
{
    /// <param name="relationsMade">Told the number of relations made so far, every 50,000 and at the end.</param>
    public static SeedGraph Generate(SyntheticGraphOptions options, IProgress<int>? relationsMade = null)
    {
        options.Validate();
        var random = new Pcg32(options.Seed);
        var pools = new EntityGeneration(random, options.Entities).Run();
        var relations = new RelationGeneration(random, pools, options.Relations, relationsMade).Run();
        return new SeedGraph(pools.All, relations);
    }
}
