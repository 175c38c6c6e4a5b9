using MineralGraph.Domain.Seed;
using MineralGraph.Synthetic;

namespace MineralGraph.Server.Hosting;

/// <summary>
/// <c>Seed:Synthetic=SEED,ENTITIES,RELATIONS</c> (e.g. <c>1,100000,1000000</c>): the embedded store serves the
/// synthetic graph <c>mineralgraph synth</c> would write, generated in memory at start-up instead of read from YAML
/// (seconds instead of minutes for a million relations). For benchmarks; such a server takes no curated changes.
/// </summary>
public static class SyntheticSeed
{
    public static SeedGraph? Parse(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting)) return null;
        var parts = setting.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || !int.TryParse(parts[0], out var seed) || !int.TryParse(parts[1], out var entities) || !int.TryParse(parts[2], out var relations))
            throw new InvalidOperationException($"Seed:Synthetic is '{setting}'; write SEED,ENTITIES,RELATIONS (1,100000,1000000).");
        var options = new SyntheticGraphOptions { Seed = seed, Entities = entities, Relations = relations };
        if (options.Problems() is { Count: > 0 } problems)
            throw new InvalidOperationException($"Seed:Synthetic: {string.Join("; ", problems)}.");
        return SyntheticGraph.Generate(options);
    }
}
