namespace MineralGraph.Domain.Store;

/// <summary>
/// Two relation-page queries are the same request when every field matches; the record's own equality compares
/// the <c>Kinds</c> collection by reference, so two selections of <c>relations(kinds: [MEMBER_OF])</c> would not
/// share a slot without this.
/// </summary>
public sealed class RelationListQueryComparer : IEqualityComparer<RelationListQuery>
{
    public static readonly RelationListQueryComparer Instance = new();

    public bool Equals(RelationListQuery? x, RelationListQuery? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null) return false;
        return x.EntityId == y.EntityId && x.Direction == y.Direction && x.AsOf == y.AsOf && x.First == y.First &&
               x.Offset == y.Offset && x.IncludeTotal == y.IncludeTotal && x.IncludeRetracted == y.IncludeRetracted &&
               x.Denied == y.Denied && x.MinAmount == y.MinAmount && x.Order == y.Order && SameKinds(x, y);
    }

    static bool SameKinds(RelationListQuery x, RelationListQuery y) =>
        (x.Kinds, y.Kinds) switch
        {
            (null, null) => true,
            (null, _) or (_, null) => false,
            var (a, b) => a.Count == b.Count && a.All(b.Contains),
        };

    public int GetHashCode(RelationListQuery q) => HashCode.Combine(q.EntityId, q.Direction, q.AsOf, q.First, q.Offset, q.Kinds?.Count);
}
