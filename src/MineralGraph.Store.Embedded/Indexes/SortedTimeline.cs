using MineralGraph.Domain.Store;
using MineralGraph.Domain.Timeline;

namespace MineralGraph.Store.Embedded.Indexes;

/// <summary>
/// Timeline items already in timeline order (<see cref="TimelineRules.Order"/>), each id once, with each item's span
/// as day numbers beside it, so a query's kinds, from/to and page (<see cref="TimelineRules.Passes"/>) are answered
/// without touching the items it skips: bounds by binary search, the rest by a pass over plain integers.
/// </summary>
internal sealed class SortedTimeline
{
    readonly TimelineItem[] items;
    readonly int[] earliest;
    readonly int[] latest;
    /// <summary>The greatest <see cref="latest"/> up to each position: non-decreasing, so the first item that may reach a <c>from</c> is found by binary search even past long periods.</summary>
    readonly int[] reach;
    readonly byte[] kinds;
    /// <summary>Items before it are placed on the calendar (sorted by earliest day); the rest are not, and no bound keeps them.</summary>
    readonly int placed;
    readonly int[] countByKind = new int[Enum.GetValues<TimelineItemKind>().Length];

    public static readonly SortedTimeline Empty = new([]);

    /// <summary>Items in timeline order, each id once (the caller's promise; <see cref="Of"/> makes sure of it).</summary>
    public SortedTimeline(TimelineItem[] ordered)
    {
        items = ordered;
        earliest = new int[ordered.Length];
        latest = new int[ordered.Length];
        reach = new int[ordered.Length];
        kinds = new byte[ordered.Length];
        placed = ordered.Length;
        var far = int.MinValue;
        for (var i = 0; i < ordered.Length; i++)
        {
            var date = ordered[i].Date;
            if (!date.IsPlaced && placed == ordered.Length) placed = i;
            earliest[i] = date.Earliest.DayNumber;
            latest[i] = date.Latest.DayNumber;
            reach[i] = far = Math.Max(far, latest[i]);
            kinds[i] = (byte)ordered[i].Kind;
            countByKind[kinds[i]]++;
        }
    }

    public IReadOnlyList<TimelineItem> Items => items;

    /// <summary>Candidates in any order, possibly repeated: sorted and deduplicated by id (equal ids are equal items, so they meet in the order).</summary>
    public static SortedTimeline Of(IEnumerable<TimelineItem> candidates)
    {
        var all = candidates.ToArray();
        TimelineOrder.Sort(all);
        var kept = 0;
        for (var i = 0; i < all.Length; i++)
        {
            if (kept == 0 || !string.Equals(all[kept - 1].Id, all[i].Id, StringComparison.Ordinal)) all[kept++] = all[i];
        }
        return new SortedTimeline(kept == all.Length ? all : all[..kept]);
    }

    /// <summary>The page <paramref name="query"/> asks for: the items <see cref="TimelineRules.Passes"/> keeps, in order, its total counted.</summary>
    public Page<TimelineItem> Page(TimelineQuery query)
    {
        if (TimelineRules.KeepsAll(query)) return TimelineRules.Cut(query, items);
        var wanted = new bool[countByKind.Length];
        foreach (var kind in Enum.GetValues<TimelineItemKind>()) wanted[(int)kind] = query.Kinds is null || query.Kinds.Count == 0 || query.Kinds.Contains(kind);
        var page = new List<TimelineItem>(Math.Min(query.First, items.Length));
        int total;
        if (query.From is null && query.To is null)
        {
            // Kinds only: the total is known per kind; walk just far enough to fill the page.
            total = 0;
            for (var k = 0; k < countByKind.Length; k++) total += wanted[k] ? countByKind[k] : 0;
            var seen = 0;
            for (var i = 0; i < items.Length && page.Count < query.First && seen < total; i++)
            {
                if (!wanted[kinds[i]]) continue;
                if (seen++ >= query.Offset) page.Add(items[i]);
            }
        }
        else
        {
            // Overlap with [from, to]: nothing before the first item whose reach gets to `from` can end on or after
            // it, and nothing from the first item starting after `to` on can start before it.
            var from = query.From?.DayNumber ?? int.MinValue;
            var to = query.To?.DayNumber ?? int.MaxValue;
            var start = FirstReaching(from);
            var end = FirstStartingAfter(to);
            total = 0;
            for (var i = start; i < end; i++)
            {
                if (latest[i] < from || !wanted[kinds[i]]) continue;
                if (total >= query.Offset && page.Count < query.First) page.Add(items[i]);
                total++;
            }
        }
        return new Page<TimelineItem>(page, query.Offset, query.Offset + page.Count < total, total);
    }

    int FirstReaching(int from)
    {
        int lo = 0, hi = placed;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (reach[mid] >= from) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    int FirstStartingAfter(int to)
    {
        int lo = 0, hi = placed;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (earliest[mid] > to) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
