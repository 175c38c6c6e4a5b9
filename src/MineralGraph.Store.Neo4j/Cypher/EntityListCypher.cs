using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// A filtered, sorted page of entities. Filters as the embedded store: exact kind/country/type/status; the folded
/// needle a substring of the folded name or an alias (an empty needle does not filter); a date bound keeps dated
/// entities whose [earliest, latest] overlaps it. Sorts on the folded name, the earliest date (undated last) or
/// the id, ties by id. One window of first + 1 items tells whether a next page exists.
/// </summary>
internal static class EntityListCypher
{
    const string Template = """
        MATCH (n:Entity)
        WHERE ($kind IS NULL OR n.kind = $kind)
          AND ($country IS NULL OR n.country = $country)
          AND ($type IS NULL OR n.type = $type)
          AND ($status IS NULL OR n.status = $status)
          AND ($needle = '' OR any(name IN n.searchNames WHERE name CONTAINS $needle))
          AND (($dateFrom IS NULL AND $dateTo IS NULL) OR (n.dateEarliest IS NOT NULL
            AND ($dateFrom IS NULL OR n.dateLatest >= date($dateFrom))
            AND ($dateTo IS NULL OR n.dateEarliest <= date($dateTo))))
        WITH n
        ORDER BY {0}
        WITH collect(n) AS matched
        WITH size(matched) AS total, matched[$offset..($offset + $first + 1)] AS window
        """;

    static readonly string Columns = $"total, [n IN window | {Projections.Entity("n")}] AS window";

    /// <summary>The ORDER BY of each sort: a closed set, so the text is always one of five constants.</summary>
    static readonly Dictionary<EntitySort, string> Orders = new()
    {
        [EntitySort.NameAsc] = "n.nameFolded, n.id",
        [EntitySort.NameDesc] = "n.nameFolded DESC, n.id",
        [EntitySort.DateAsc] = "n.dateEarliest IS NULL, n.dateEarliest, n.id",
        [EntitySort.DateDesc] = "n.dateEarliest IS NULL, n.dateEarliest DESC, n.id",
        [EntitySort.IdAsc] = "n.id",
    };

    static readonly Dictionary<EntitySort, string> Heads =
        Orders.ToDictionary(p => p.Key, p => string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, p.Value));

    static string Head(EntitySort sort) => Heads.TryGetValue(sort, out var head) ? head : throw new ArgumentOutOfRangeException(nameof(sort), sort, "unknown sort");

    /// <summary>The plain statement's text for a sort.</summary>
    public static string Text(EntitySort sort) => Statement(new EntityListQuery { Sort = sort }).Text;

    /// <summary>The page; needs apply to its entities (not to the one fetched past it to tell whether more follow).</summary>
    public static RootCypher Root(EntityListQuery q) => new(Head(q.Sort), Columns, "window[..$first]", null, new Dictionary<string, object?>
    {
        ["kind"] = q.Kind?.Prefix(),
        ["country"] = q.Country,
        ["type"] = q.Type,
        ["status"] = q.Status,
        ["needle"] = q.NameContains is null ? "" : SearchText.Fold(q.NameContains),
        ["dateFrom"] = CypherValues.Day(q.DateFrom),
        ["dateTo"] = CypherValues.Day(q.DateTo),
        ["offset"] = q.Offset,
        ["first"] = q.First,
    });

    public static CypherStatement Statement(EntityListQuery q) => Root(q).Plain();
}
