namespace MineralGraph.Domain.Curation;

/// <summary>
/// Which changes "touch" some entities or relations: the one rule history, the change feed and the live filter
/// share. A change touches an id when its <see cref="Change.Targets"/> name the id, the entity it was merged into,
/// or any id merged into that entity; a relation's change names its two ends, so an entity's changes include
/// changes to its relations.
/// </summary>
public sealed class ChangeScope
{
    readonly HashSet<string> names;

    ChangeScope(HashSet<string> names) => this.names = names;

    /// <summary>Every id whose changes count.</summary>
    public IReadOnlySet<string> Names => names;

    /// <summary>
    /// The scope of <paramref name="ids"/>: each id, what it resolves to after merges, and every id
    /// <paramref name="mergedInto"/> (merged id → the id it was merged into, possibly merged again) resolves there too.
    /// </summary>
    public static ChangeScope Of(IEnumerable<string> ids, IReadOnlyDictionary<string, string> mergedInto)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var survivors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            set.Add(id);
            survivors.Add(Resolve(id, mergedInto));
        }
        set.UnionWith(survivors);
        foreach (var merged in mergedInto.Keys)
        {
            if (survivors.Contains(Resolve(merged, mergedInto))) set.Add(merged);
        }
        return new ChangeScope(set);
    }

    /// <summary>A scope of exactly these names (each already with its survivor and merged ids, as a store found them).</summary>
    public static ChangeScope OfNames(IEnumerable<string> names) => new(new HashSet<string>(names, StringComparer.Ordinal));

    public bool Touches(Change change) => change.Targets.Any(names.Contains);

    /// <summary>
    /// The scope after <paramref name="change"/>: a merge that touches it brings the merged id (and so that id's later
    /// mentions) into it, so a live filter keeps following an entity that absorbs another.
    /// </summary>
    public ChangeScope Following(Change change)
    {
        if (change.Operation != ChangeOperations.Name(ChangeOperation.MergeEntities) || !Touches(change)) return this;
        var set = new HashSet<string>(names, StringComparer.Ordinal);
        set.UnionWith(change.Targets);
        return new ChangeScope(set);
    }

    static string Resolve(string id, IReadOnlyDictionary<string, string> mergedInto)
    {
        for (var hops = 0; hops < 32 && mergedInto.TryGetValue(id, out var next); hops++) id = next;
        return id;
    }
}
