using MineralGraph.Domain.Timeline;

namespace MineralGraph.Store.Embedded.Indexes;

/// <summary>Every timeline item of a snapshot, in timeline order (<see cref="TimelineRules"/>): what a whole-graph timeline pages through.</summary>
internal static class TimelineIndex
{
    public static TimelineItem[] Build(EmbeddedGraph graph)
    {
        var items = new List<TimelineItem>();
        for (var j = 0; j < graph.Relations.Length; j++)
        {
            if (TimelineRules.IsDated(graph.Relations[j]))
                items.AddRange(TimelineRules.ItemsOf(graph.Relations[j], graph.Entities[graph.FromPositions[j]], graph.Entities[graph.ToPositions[j]]));
        }
        foreach (var entity in graph.Entities)
        {
            if (TimelineRules.IsDated(entity)) items.AddRange(TimelineRules.ItemsOf(entity));
        }
        var sorted = items.ToArray();
        Array.Sort(sorted, TimelineRules.Order);
        return sorted;
    }
}
