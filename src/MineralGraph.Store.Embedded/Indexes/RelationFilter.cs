using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Time;

namespace MineralGraph.Store.Embedded.Indexes;

/// <summary>
/// The kinds and date filters every relation-reading operation shares. A relation passes when its kind is
/// asked for (no kinds, or an empty list, means every kind) and, with an as-of date, its dates do not say it
/// did not hold then (<see cref="Validity.Invalid"/>); relations whose dates cannot tell are kept.
/// A walk (<see cref="Of"/>: neighbourhood, paths, allies) passes only ties it may walk (<see cref="Relation.IsWalkable"/>:
/// never retracted or denied ones); a list of one entity's relations (<see cref="ForList"/>) passes denied claims too,
/// retracted ones when asked, and applies the list's own filters (denied or not, least amount).
/// </summary>
internal sealed class RelationFilter
{
    public static readonly RelationFilter None = new(null, null);

    /// <summary>Distinct, in kind-name order (the order relations are stored in), or null for every kind.</summary>
    public RelationKind[]? Kinds { get; }
    public DateOnly? AsOf { get; }
    readonly RelationListQuery? list;

    RelationFilter(RelationKind[]? kinds, DateOnly? asOf, RelationListQuery? list = null)
    {
        Kinds = kinds;
        AsOf = asOf;
        this.list = list;
    }

    /// <summary>The filter of a walk: only walkable ties.</summary>
    public static RelationFilter Of(IReadOnlyCollection<RelationKind>? kinds, DateOnly? asOf) =>
        (kinds is null || kinds.Count == 0) && asOf is null ? None : new RelationFilter(Ordered(kinds), asOf);

    /// <summary>The filter of a relation list.</summary>
    public static RelationFilter ForList(RelationListQuery query) => new(Ordered(query.Kinds), query.AsOf, query);

    static RelationKind[]? Ordered(IReadOnlyCollection<RelationKind>? kinds) =>
        kinds is null || kinds.Count == 0 ? null : kinds.Distinct().OrderBy(k => k.Name(), StringComparer.Ordinal).ToArray();

    /// <summary>The checks other than kind (which <see cref="Incidence"/> applies by position).</summary>
    public bool Passes(Relation relation) =>
        (list is null ? relation.IsWalkable : Listed(relation, list)) &&
        (AsOf is not { } date || relation.ValidityOn(date) != Validity.Invalid);

    static bool Listed(Relation relation, RelationListQuery q) =>
        (q.IncludeRetracted || relation.Retraction is null) &&
        (q.Denied is not { } denied || relation.Denied == denied) &&
        (q.MinAmount is not { } min || relation.Amount?.IsAtLeast(min) == true);
}
