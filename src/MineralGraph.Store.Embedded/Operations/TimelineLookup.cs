using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Timeline;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>
/// The timeline (<see cref="TimelineRules"/>): for the whole graph, a pass over the snapshot's sorted items
/// (<see cref="Indexes.TimelineIndex"/>); for some entities, the candidates gathered from their ties, then the
/// domain's order and page. Ids follow merges.
/// </summary>
internal static class TimelineLookup
{
    public static TimelineAnswer Run(EmbeddedGraph graph, TimelineQuery query)
    {
        QueryArguments.Check(query);
        if (query.IsWholeGraph) return WholeGraph(graph, query);
        var positions = query.Ids!.Select(graph.PositionOf).ToList();
        var of = positions.Select(p => p is { } i ? graph.Entities[i] : null).ToList();
        if (positions.Any(p => p is null)) return TimelineRules.Answer(query, of, []);
        return TimelineRules.Answer(query, of, TimelineRules.Candidates(of!, Touching(graph, positions.Select(p => p!.Value).Distinct())));
    }

    static IEnumerable<(Relation, Entity, Entity)> Touching(EmbeddedGraph graph, IEnumerable<int> entities)
    {
        foreach (var e in entities)
        {
            foreach (var j in graph.Outgoing.Of(e).ToArray().Concat(graph.Incoming.Of(e).ToArray()))
            {
                var r = graph.Relations[j];
                if (r.IsWalkable) yield return (r, graph.Entities[graph.FromPositions[j]], graph.Entities[graph.ToPositions[j]]);
            }
        }
    }

    static TimelineAnswer WholeGraph(EmbeddedGraph graph, TimelineQuery query)
    {
        var all = graph.Timeline.Value;
        var page = new List<TimelineItem>(Math.Min(query.First, all.Length));
        var total = 0;
        foreach (var item in all)
        {
            if (!TimelineRules.Passes(query, item.Kind, item.Date)) continue;
            if (total >= query.Offset && page.Count < query.First) page.Add(item);
            total++;
        }
        return new TimelineAnswer([], new Page<TimelineItem>(page, query.Offset, query.Offset + page.Count < total, total));
    }
}
