using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Time;

namespace MineralGraph.Domain.Timeline;

/// <summary>
/// What a timeline holds and in which order; both stores only fetch the candidates.
/// <list type="bullet">
/// <item>A relation that is neither denied nor retracted gives an item for its <c>since</c> and one for its <c>until</c>, when dated.</item>
/// <item>An event, agreement or measure gives an item for its <c>date</c> and one for each of its <c>dates</c>.</item>
/// <item>With ids: the relations touching any of them, and the events, agreements and measures that are one of them or
/// at the other end of such a relation (<see cref="Relation.IsWalkable"/>). Without: everything.</item>
/// <item>Order: by earliest day, then the narrower span first (a day before its month, a month before its year), then id.
/// A month without a year cannot be placed: such items come after every dated one (by month, then id).</item>
/// <item>From/to keep an item whose span [earliest, latest] overlaps [from, to]; an item that cannot be placed never matches.</item>
/// </list>
/// </summary>
public static class TimelineRules
{
    /// <summary>The timeline kind of an entity's dates; null for kinds whose dates are not on the timeline.</summary>
    public static TimelineItemKind? KindOf(EntityKind kind) => kind switch
    {
        EntityKind.Event => TimelineItemKind.Event,
        EntityKind.Agreement => TimelineItemKind.Agreement,
        EntityKind.Measure => TimelineItemKind.Measure,
        _ => null,
    };

    /// <summary>Whether a relation dates anything on a timeline (not denied, not retracted, with a since or until).</summary>
    public static bool IsDated(Relation relation) => relation.IsWalkable && (relation.Since is not null || relation.Until is not null);

    /// <summary>Whether an entity dates anything on a timeline (an event, agreement or measure with a date or dates).</summary>
    public static bool IsDated(Entity entity) => KindOf(entity.Kind) is not null && (entity.Date is not null || entity.Dates.Count > 0);

    /// <summary>The items of a relation (none unless <see cref="IsDated(Relation)"/>), given the entities at its ends (for the title).</summary>
    public static IEnumerable<TimelineItem> ItemsOf(Relation relation, Entity from, Entity to)
    {
        if (!relation.IsWalkable) yield break;
        if (relation.Since is { } since) yield return new($"{relation.Id}#since", TimelineItemKind.Relation, since, TimelineTitles.Of(relation, from, to, TieEnd.Since, since), null, relation, TieEnd.Since);
        if (relation.Until is { } until) yield return new($"{relation.Id}#until", TimelineItemKind.Relation, until, TimelineTitles.Of(relation, from, to, TieEnd.Until, until), null, relation, TieEnd.Until);
    }

    /// <summary>The items of an event, agreement or measure (none for other kinds).</summary>
    public static IEnumerable<TimelineItem> ItemsOf(Entity entity)
    {
        if (KindOf(entity.Kind) is not { } kind) yield break;
        if (entity.Date is { } date) yield return new($"{entity.Id}#date", kind, date, TimelineTitles.Of(entity, date), entity, null, null);
        for (var i = 0; i < entity.Dates.Count; i++)
            yield return new($"{entity.Id}#dates/{i}", kind, entity.Dates[i], TimelineTitles.Of(entity, entity.Dates[i]), entity, null, null);
    }

    /// <summary>
    /// The candidates for a query with ids: the items of <paramref name="touching"/> (the relations touching any of
    /// <paramref name="of"/>, with their ends), and of the events, agreements and measures among <paramref name="of"/>
    /// and at the other end of a walkable one of those relations. Each once.
    /// </summary>
    public static IEnumerable<TimelineItem> Candidates(IReadOnlyList<Entity> of, IEnumerable<(Relation Relation, Entity From, Entity To)> touching)
    {
        var asked = of.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var dated = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var e in of) dated.TryAdd(e.Id, e);
        var items = new List<TimelineItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (relation, from, to) in touching)
        {
            if (!relation.IsWalkable || !seen.Add(relation.Id)) continue;
            items.AddRange(ItemsOf(relation, from, to));
            // Most other ends (people, companies, minerals) date nothing: test that before hashing their ids.
            if (IsDated(to) && asked.Contains(relation.From)) dated.TryAdd(to.Id, to);
            if (IsDated(from) && asked.Contains(relation.To)) dated.TryAdd(from.Id, from);
        }
        foreach (var entity in dated.Values) items.AddRange(ItemsOf(entity));
        return items;
    }

    /// <summary>Whether an item dated <paramref name="date"/> is kept by the bounds: its span overlaps [from, to]; an unplaced date matches no bound.</summary>
    public static bool Keeps(PartialDate date, DateOnly? from, DateOnly? to)
    {
        if (from is null && to is null) return true;
        if (!date.IsPlaced) return false;
        return (from is not { } f || date.Latest >= f) && (to is not { } t || date.Earliest <= t);
    }

    /// <summary>Timeline order (see the class summary).</summary>
    public static readonly IComparer<TimelineItem> Order = Comparer<TimelineItem>.Create(Compare);

    public static int Compare(TimelineItem a, TimelineItem b)
    {
        var c = CompareDates(a.Date, b.Date);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>Placed dates first by earliest day, then narrower spans; unplaced ones after, by month.</summary>
    public static int CompareDates(PartialDate a, PartialDate b) => DateKey(a).CompareTo(DateKey(b));

    /// <summary>
    /// A date's place in timeline order as one number (<see cref="CompareDates"/> compares these), so a store can
    /// sort many items by key and id without rebuilding days in every comparison: placed dates by earliest day, then
    /// span (both under 2^22 days); unplaced ones above every placed one, by month.
    /// </summary>
    public static long DateKey(PartialDate date)
    {
        if (!date.IsPlaced) return (1L << 62) + (date.Month ?? 0);
        var earliest = date.Earliest.DayNumber;
        return ((long)earliest << 22) | (uint)(date.Latest.DayNumber - earliest);
    }

    /// <summary>Keeps the candidates the query's kinds and bounds keep, each id once, in timeline order, and cuts the page.</summary>
    public static TimelineAnswer Answer(TimelineQuery query, IReadOnlyList<Entity?> of, IEnumerable<TimelineItem> candidates)
    {
        if (of.Any(e => e is null)) return new TimelineAnswer(of, new Page<TimelineItem>([], query.Offset, false, 0));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = candidates.Where(i => Passes(query, i.Kind, i.Date) && seen.Add(i.Id)).ToList();
        kept.Sort(Order);
        return new TimelineAnswer(of, Cut(query, kept));
    }

    /// <summary>True when the query keeps every item (no kinds, no bounds).</summary>
    public static bool KeepsAll(TimelineQuery query) => (query.Kinds is null || query.Kinds.Count == 0) && query.From is null && query.To is null;

    /// <summary>Whether an item of this kind and date passes the query's kinds and bounds.</summary>
    public static bool Passes(TimelineQuery query, TimelineItemKind kind, PartialDate date) =>
        (query.Kinds is null || query.Kinds.Count == 0 || query.Kinds.Contains(kind)) && Keeps(date, query.From, query.To);

    /// <summary>The page <paramref name="query"/> asks for of items already kept and ordered.</summary>
    public static Page<TimelineItem> Cut(TimelineQuery query, IReadOnlyList<TimelineItem> ordered)
    {
        var items = ordered.Skip(query.Offset).Take(query.First).ToList();
        return new Page<TimelineItem>(items, query.Offset, query.Offset + items.Count < ordered.Count, ordered.Count);
    }
}
