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

    /// <summary>Retracted relations only when the page parameter says so, and the as-of filter.</summary>
    public static string Where(string page) => $"(${page}.retracted OR {Projections.Standing("r")}) AND {Projections.HeldOn("r", $"${page}.asOf")}";

    /// <summary>Kind name then id; the id alone when the page has one kind.</summary>
    public static string Order(RelationListQuery query) => query.Kinds?.Distinct().Count() == 1 ? "r.id" : "type(r), r.id";

    /// <summary>A relation from the entity to itself is matched twice when either direction is asked for.</summary>
    public static bool NeedsDistinct(RelationListQuery query) => query.Direction == RelationDirection.Both;

    /// <summary>The page's values: where it starts, how many to fetch (one more than asked, to tell if more follow), the as-of day, retracted or not.</summary>
    public static Dictionary<string, object?> Parameter(RelationListQuery query) => new()
    {
        ["skip"] = query.Offset,
        ["limit"] = query.First + 1,
        ["first"] = query.First,
        ["asOf"] = CypherValues.Day(query.AsOf),
        ["retracted"] = query.IncludeRetracted,
    };
}
