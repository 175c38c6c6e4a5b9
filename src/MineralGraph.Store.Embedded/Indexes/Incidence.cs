using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Embedded.Indexes;

/// <summary>The relations touching one entity that pass a filter, in answer order (kind name, then id).</summary>
internal static class Incidence
{
    /// <summary>Appends to <paramref name="into"/> the positions of matching relations, each once (a self-loop too).</summary>
    public static void Collect(EmbeddedGraph graph, int entity, RelationDirection direction, RelationFilter filter, List<int> into)
    {
        var outgoing = direction == RelationDirection.Incoming ? ReadOnlySpan<int>.Empty : graph.Outgoing.Of(entity);
        var incoming = direction == RelationDirection.Outgoing ? ReadOnlySpan<int>.Empty : graph.Incoming.Of(entity);
        if (filter.Kinds is null)
        {
            Merge(graph, outgoing, incoming, filter, into);
            return;
        }
        // Each kind is one contiguous run of relation positions, and the kinds come in stored order,
        // so cutting each list to the run and merging keeps answer order without a sort.
        foreach (var kind in filter.Kinds)
        {
            var (start, end) = graph.KindRanges[(int)kind];
            if (start == end) continue;
            Merge(graph, Cut(outgoing, start, end), Cut(incoming, start, end), filter, into);
        }
    }

    static ReadOnlySpan<int> Cut(ReadOnlySpan<int> sorted, int start, int end)
    {
        var from = LowerBound(sorted, start);
        var to = LowerBound(sorted, end);
        return sorted[from..to];
    }

    static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        var i = sorted.BinarySearch(value);
        return i >= 0 ? i : ~i;
    }

    static void Merge(EmbeddedGraph graph, ReadOnlySpan<int> a, ReadOnlySpan<int> b, RelationFilter filter, List<int> into)
    {
        int i = 0, k = 0;
        while (i < a.Length || k < b.Length)
        {
            int next;
            if (k >= b.Length || (i < a.Length && a[i] < b[k])) next = a[i++];
            else if (i >= a.Length || b[k] < a[i]) next = b[k++];
            else { next = a[i]; i++; k++; } // a self-loop is in both lists
            if (filter.Passes(graph.Relations[next])) into.Add(next);
        }
    }
}
