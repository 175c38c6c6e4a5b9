using MineralGraph.Domain.Timeline;

namespace MineralGraph.Store.Embedded.Indexes;

/// <summary>
/// Sorts items in <see cref="TimelineRules.Order"/> by each item's <see cref="TimelineRules.DateKey"/>, computed once,
/// then id: the same order, without rebuilding days in each of the millions of comparisons of a whole-graph sort.
/// </summary>
internal static class TimelineOrder
{
    public static void Sort(TimelineItem[] items)
    {
        var keys = new (long Date, string Id)[items.Length];
        for (var i = 0; i < items.Length; i++) keys[i] = (TimelineRules.DateKey(items[i].Date), items[i].Id);
        Array.Sort(keys, items, KeyOrder.Instance);
    }

    sealed class KeyOrder : IComparer<(long Date, string Id)>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare((long Date, string Id) a, (long Date, string Id) b)
        {
            var c = a.Date.CompareTo(b.Date);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        }
    }
}
