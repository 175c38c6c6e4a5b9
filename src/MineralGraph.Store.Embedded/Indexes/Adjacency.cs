namespace MineralGraph.Store.Embedded.Indexes;

/// <summary>
/// For each entity, the positions of the relations that start (or end) at it, ascending — which is answer
/// order (kind name, then id). Stored as one flat array with offsets so a million relations cost two int arrays.
/// </summary>
internal sealed class Adjacency
{
    readonly int[] offsets;
    readonly int[] relations;

    Adjacency(int[] offsets, int[] relations)
    {
        this.offsets = offsets;
        this.relations = relations;
    }

    public ReadOnlySpan<int> Of(int entity) => relations.AsSpan(offsets[entity], offsets[entity + 1] - offsets[entity]);

    /// <param name="entityCount">How many entities there are.</param>
    /// <param name="endpoints">For each relation position, the entity position at this end.</param>
    public static Adjacency Build(int entityCount, int[] endpoints)
    {
        var offsets = new int[entityCount + 1];
        foreach (var e in endpoints) offsets[e + 1]++;
        for (var i = 0; i < entityCount; i++) offsets[i + 1] += offsets[i];
        var next = offsets[..^1];
        var relations = new int[endpoints.Length];
        // Relation positions are visited in ascending order, so each entity's slice comes out sorted.
        for (var j = 0; j < endpoints.Length; j++) relations[next[endpoints[j]]++] = j;
        return new Adjacency(offsets, relations);
    }
}
