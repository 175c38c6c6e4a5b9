using MineralGraph.Domain.Model;
using MineralGraph.Domain.Time;

namespace MineralGraph.Store.Embedded.Indexes;

/// <summary>
/// The kinds and date filters every relation-reading operation shares. A relation passes when its kind is
/// asked for (no kinds, or an empty list, means every kind) and, with an as-of date, its dates do not say it
/// did not hold then (<see cref="Validity.Invalid"/>); relations whose dates cannot tell are kept. Retracted
/// relations (<see cref="Relation.Retraction"/> set) never pass unless the filter includes them.
/// </summary>
internal sealed class RelationFilter
{
    public static readonly RelationFilter None = new(null, null, false);

    /// <summary>Distinct, in kind-name order (the order relations are stored in), or null for every kind.</summary>
    public RelationKind[]? Kinds { get; }
    public DateOnly? AsOf { get; }
    public bool IncludeRetracted { get; }

    RelationFilter(RelationKind[]? kinds, DateOnly? asOf, bool includeRetracted)
    {
        Kinds = kinds;
        AsOf = asOf;
        IncludeRetracted = includeRetracted;
    }

    public static RelationFilter Of(IReadOnlyCollection<RelationKind>? kinds, DateOnly? asOf, bool includeRetracted = false)
    {
        if ((kinds is null || kinds.Count == 0) && asOf is null && !includeRetracted) return None;
        var ordered = kinds is null || kinds.Count == 0 ? null : kinds.Distinct().OrderBy(k => k.Name(), StringComparer.Ordinal).ToArray();
        return new RelationFilter(ordered, asOf, includeRetracted);
    }

    /// <summary>The checks other than kind (which <see cref="Incidence"/> applies by position).</summary>
    public bool Passes(Relation relation) =>
        (IncludeRetracted || relation.Retraction is null) && (AsOf is not { } date || relation.ValidityOn(date) != Validity.Invalid);
}
