using MineralGraph.Domain.Model;
using MineralGraph.Domain.Text;

namespace MineralGraph.Domain.Store;

/// <summary>
/// The arguments no store query may have, refused before any work (or round trip) is done, each with an
/// <see cref="ArgumentException"/> naming the field as the API spells it. Every store calls these, so both refuse
/// the same input with the same message.
/// </summary>
public static class QueryArguments
{
    /// <summary>Negative <c>first</c> or <c>offset</c>; <c>dateTo</c> before <c>dateFrom</c>.</summary>
    public static void Check(EntityListQuery query)
    {
        AtLeast(query.First, 0, "first");
        AtLeast(query.Offset, 0, "offset");
        if (query.DateFrom is { } from && query.DateTo is { } to && to < from)
            throw new ArgumentException($"dateTo {to:yyyy-MM-dd} is before dateFrom {from:yyyy-MM-dd}", nameof(query));
    }

    /// <summary>A text without letters or digits; a negative <c>first</c>. Returns the folded search terms.</summary>
    public static SearchTerms Check(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query.Text, "text");
        if (SearchText.Problem(query.Text) is { } problem) throw new ArgumentException(problem, "text");
        var terms = SearchTerms.Of(query.Text)!;
        AtLeast(query.First, 0, "first");
        return terms;
    }

    /// <summary>A negative <c>first</c> or <c>offset</c>, or a <c>minAmount</c> whose unit is not one, in any of the queries.</summary>
    public static void Check(IReadOnlyList<RelationListQuery> queries)
    {
        foreach (var q in queries)
        {
            AtLeast(q.First, 0, "first");
            AtLeast(q.Offset, 0, "offset");
            if (q.MinAmount is { } min && Amounts.UnitProblem(min.Unit) is { } problem) throw new ArgumentException($"minAmount.unit: {problem}", "minAmount");
        }
    }

    /// <summary>A negative <c>depth</c> or <c>limitPerNode</c>; <c>maxNodes</c> below 1.</summary>
    public static void Check(NeighbourhoodQuery query)
    {
        AtLeast(query.Depth, 0, "depth");
        AtLeast(query.LimitPerNode, 0, "limitPerNode");
        AtLeast(query.MaxNodes, 1, "maxNodes");
    }

    /// <summary>A negative <c>maxHops</c> or <c>first</c>.</summary>
    public static void Check(PathQuery query)
    {
        AtLeast(query.MaxHops, 0, "maxHops");
        AtLeast(query.First, 0, "first");
    }

    /// <summary>Fewer than two or more than five ids, an id given twice, a negative <c>first</c>.</summary>
    public static void Check(CommonTiesQuery query)
    {
        if (IdsProblem(query.Ids) is { } problem) throw new ArgumentException(problem, "ids");
        AtLeast(query.First, 0, "first");
    }

    /// <summary>What <see cref="Problem(Timeline.TimelineQuery)"/> finds, as an <see cref="ArgumentException"/> naming the argument.</summary>
    public static void Check(Timeline.TimelineQuery query)
    {
        if (Problem(query) is var (argument, message)) throw new ArgumentException(message, argument);
    }

    /// <summary>
    /// The first problem of a timeline query, with the argument it names: more than <see cref="QueryCaps.TimelineIds"/>
    /// ids; <c>from</c> after <c>to</c>; <c>first</c> outside 1 to <see cref="QueryCaps.TimelineItems"/>; an offset
    /// before the start (<c>after</c>). Null when there is none.
    /// </summary>
    public static (string Argument, string Message)? Problem(Timeline.TimelineQuery query)
    {
        if (query.Ids is { Count: > QueryCaps.TimelineIds } ids) return ("ids", $"ids may name at most {QueryCaps.TimelineIds} entities, not {ids.Count}");
        if (query.From is { } from && query.To is { } to && to < from) return ("from", $"from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}");
        if (query.First is < 1 or > QueryCaps.TimelineItems) return ("first", $"first must be 1 to {QueryCaps.TimelineItems}, not {query.First}");
        if (query.Offset < 0) return ("after", "after must be a cursor of this list");
        return null;
    }

    /// <summary>Why these ids cannot be asked for their common ties (how many, or one given twice), or null when they can.</summary>
    public static string? IdsProblem(IReadOnlyList<string> ids)
    {
        if (ids.Count is < QueryCaps.CommonTiesMinIds or > QueryCaps.CommonTiesMaxIds)
            return $"ids must name {QueryCaps.CommonTiesMinIds} to {QueryCaps.CommonTiesMaxIds} entities, not {ids.Count}";
        for (var i = 0; i < ids.Count; i++)
        {
            for (var k = 0; k < i; k++)
            {
                if (string.Equals(ids[i], ids[k], StringComparison.Ordinal)) return $"ids[{i}] repeats ids[{k}] ('{ids[i]}'): name each entity once";
            }
        }
        return null;
    }

    static void AtLeast(int value, int minimum, string field)
    {
        if (value < minimum) throw new ArgumentOutOfRangeException(field, value, $"{field} must be {minimum} or more, not {value}");
    }
}
