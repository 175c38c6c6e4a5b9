using MineralGraph.Domain.Model;

namespace MineralGraph.Synthetic.Generation;

/// <summary>
/// The generated entities, addressed by position, and per kind in "hub order": real entities first, then
/// blocs and the rest, so that skewed picks (<see cref="Pcg32.Skewed"/>) make the front of each pool the hubs.
/// </summary>
internal sealed class EntityPools(int capacity)
{
    public List<Entity> All { get; } = new(capacity);
    public Dictionary<string, int> Positions { get; } = new(capacity, StringComparer.Ordinal);
    readonly List<int>[] byKind = EntityKinds.All.Select(_ => new List<int>()).ToArray();

    /// <summary>The mineral a generated measure names, by measure position; its RESTRICTS or COVERS tie is made from it.</summary>
    public Dictionary<int, int> MeasureMineral { get; } = [];

    public IReadOnlyList<int> Of(EntityKind kind) => byKind[(int)kind];

    /// <summary>
    /// Minerals that are not groups, in hub order. Capacity and restrictions name these: holding "critical
    /// minerals" as a whole is rare in the sources, and a capacity on a group matches every member by PART_OF.
    /// </summary>
    public IReadOnlyList<int> SpecificMinerals => specificMinerals ??= Of(EntityKind.Mineral).Where(m => All[m].Type != "group").ToList();
    List<int>? specificMinerals;

    public int Add(Entity entity)
    {
        var position = All.Count;
        if (!Positions.TryAdd(entity.Id, position)) throw new InvalidOperationException($"generated a duplicate entity id '{entity.Id}'");
        All.Add(entity);
        byKind[(int)entity.Kind].Add(position);
        return position;
    }

    /// <summary>Puts <paramref name="hubs"/> (in that order) at the front of their kind's pool, keeping the others' order.</summary>
    public void MoveToFront(EntityKind kind, IEnumerable<int> hubs)
    {
        var pool = byKind[(int)kind];
        var front = hubs.Distinct().Where(pool.Contains).ToList();
        var inFront = front.ToHashSet();
        var reordered = front.Concat(pool.Where(p => !inFront.Contains(p))).ToList();
        pool.Clear();
        pool.AddRange(reordered);
    }

    public int PositionOf(string id) =>
        Positions.TryGetValue(id, out var position) ? position : throw new InvalidOperationException($"'{id}' is not a generated entity");

    public int? CountryOf(int position) => All[position].Country is { } country ? PositionOf(country) : null;

    /// <summary>Entities of <paramref name="kind"/> by the position of their country.</summary>
    public Dictionary<int, List<int>> ByCountry(EntityKind kind)
    {
        var result = new Dictionary<int, List<int>>();
        foreach (var position in Of(kind))
        {
            if (CountryOf(position) is not { } country) continue;
            if (!result.TryGetValue(country, out var list)) result[country] = list = [];
            list.Add(position);
        }
        return result;
    }
}
