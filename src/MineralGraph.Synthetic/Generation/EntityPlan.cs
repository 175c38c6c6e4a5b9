using MineralGraph.Domain.Model;

namespace MineralGraph.Synthetic.Generation;

/// <summary>
/// How many entities of each kind, real ones included. Governments (about 200) and minerals (about 60) are
/// fixed like the world's; agreements are a few per thousand; the rest are shares of the total, companies
/// taking what is left.
/// </summary>
internal static class EntityPlan
{
    /// <summary>Shares of the total for kinds that grow with it.</summary>
    static readonly (EntityKind Kind, double Share)[] Shares =
    [
        (EntityKind.Agreement, 0.003),
        (EntityKind.Source, 0.05),
        (EntityKind.Event, 0.04),
        (EntityKind.Measure, 0.03),
        (EntityKind.Official, 0.15),
        (EntityKind.Agency, 0.06),
        (EntityKind.Project, 0.20),
    ];

    public const int MaxGovernments = 200;

    /// <summary>Target count per kind, never below the real entities of that kind (<paramref name="realCounts"/>) plus ten; <paramref name="minerals"/> is fixed (real + extra).</summary>
    public static Dictionary<EntityKind, int> Counts(int total, IReadOnlyDictionary<EntityKind, int> realCounts, int minerals)
    {
        var counts = new Dictionary<EntityKind, int>();
        int Real(EntityKind kind) => realCounts.GetValueOrDefault(kind);
        counts[EntityKind.Government] = Math.Clamp(total / 10, Real(EntityKind.Government) + 10, MaxGovernments);
        counts[EntityKind.Mineral] = minerals;
        foreach (var (kind, share) in Shares)
            counts[kind] = Math.Max((int)(total * share), Real(kind) + 10);
        counts[EntityKind.Company] = total - counts.Values.Sum();
        if (counts[EntityKind.Company] < Real(EntityKind.Company) + 10)
            throw new InvalidOperationException($"{total} entities leave too few companies; use at least {SyntheticGraphOptions.MinEntities}");
        return counts;
    }
}
