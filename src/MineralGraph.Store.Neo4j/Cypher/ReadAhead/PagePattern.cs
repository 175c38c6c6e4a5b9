using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Neo4j.Cypher.ReadAhead;

/// <summary>
/// How a page of an entity's relations is matched from the bound entity <c>e</c>, as <see cref="RelationsOfEntitiesCypher"/>
/// matches it, but with the direction and the kinds written into the pattern (from closed sets: the direction enum and
/// <see cref="CypherValues.Type"/>), so that Neo4j expands only those types in that direction from a hub rather than
/// every relationship it has.
/// </summary>
internal static class PagePattern
{
    /// <summary>The MATCH pattern binding <c>r</c>.</summary>
    public static string Match(RelationListQuery query)
    {
        var kinds = query.Kinds is { Count: > 0 } ? query.Kinds.Distinct().Select(CypherValues.Type).Order(StringComparer.Ordinal).ToList() : null;
        var types = kinds is null ? "" : ":" + string.Join('|', kinds);
        // Without kinds, (:Entity) keeps out MERGED_INTO, the one relationship that reaches a node other than an entity.
        var other = kinds is null ? "(:Entity)" : "()";
        return query.Direction switch
        {
            RelationDirection.Outgoing => $"(e)-[r{types}]->{other}",
            RelationDirection.Incoming => $"(e)<-[r{types}]-{other}",
            _ => $"(e)-[r{types}]-{other}",
        };
    }

    /// <summary>
    /// Retracted relations only when the page parameter says so, the as-of filter, and — only when the page asks for
    /// them — denied or affirmed claims and a least amount, as <see cref="RelationsOfEntitiesCypher"/> filters them
    /// (denied claims are listed unless <c>denied</c> says otherwise: a page is not a walk, so not <see cref="Projections.Standing"/>).
    /// </summary>
    public static string Where(RelationListQuery query, string page)
    {
        var where = $"(${page}.retracted OR r.retractionAt IS NULL) AND {Projections.HeldOn("r", $"${page}.asOf")}";
        if (query.Denied is not null) where += $" AND coalesce(r.denied, false) = ${page}.denied";
        if (query.MinAmount is not null) where += $" AND {Projections.AmountAtLeast("r", $"${page}.minUnit", $"${page}.minValue")}";
        return where;
    }

    /// <summary>
    /// Kind name then id (the id alone when the page has one kind); by amount (<see cref="AmountOrder"/>: with an
    /// amount first, by unit, by value) then kind name and id when <c>orderBy</c> asks for it.
    /// </summary>
    public static string Order(RelationListQuery query)
    {
        var byKind = query.Kinds?.Distinct().Count() == 1 ? "r.id" : "type(r), r.id";
        return query.Order switch
        {
            RelationOrder.AmountDescending => $"r.amountUnit IS NULL, r.amountUnit, -r.amountValue, {byKind}",
            RelationOrder.AmountAscending => $"r.amountUnit IS NULL, r.amountUnit, r.amountValue, {byKind}",
            _ => byKind,
        };
    }

    /// <summary>A relation from the entity to itself is matched twice when either direction is asked for.</summary>
    public static bool NeedsDistinct(RelationListQuery query) => query.Direction == RelationDirection.Both;

    /// <summary>The page's values: where it starts, how many to fetch (one more than asked, to tell if more follow), the as-of day, retracted or not, and the claim and amount filters when asked.</summary>
    public static Dictionary<string, object?> Parameter(RelationListQuery query)
    {
        var values = new Dictionary<string, object?>
        {
            ["skip"] = query.Offset,
            ["limit"] = query.First + 1,
            ["first"] = query.First,
            ["asOf"] = CypherValues.Day(query.AsOf),
            ["retracted"] = query.IncludeRetracted,
        };
        if (query.Denied is { } denied) values["denied"] = denied;
        if (query.MinAmount is { } least)
        {
            values["minValue"] = least.Value;
            values["minUnit"] = least.Unit;
        }
        return values;
    }
}
