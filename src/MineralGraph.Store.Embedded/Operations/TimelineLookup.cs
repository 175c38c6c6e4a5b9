using MineralGraph.Domain.Store;
using MineralGraph.Domain.Timeline;
using MineralGraph.Store.Embedded.Indexes;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>
/// The timeline (<see cref="TimelineRules"/>): a page of the snapshot's sorted timelines (<see cref="TimelineIndex"/>),
/// the whole graph's or one entity's; for several entities, the union of theirs (an item touching two of them is the
/// same item, kept once), sorted. Ids follow merges.
/// </summary>
internal static class TimelineLookup
{
    public static TimelineAnswer Run(EmbeddedGraph graph, TimelineQuery query)
    {
        QueryArguments.Check(query);
        if (query.IsWholeGraph) return new TimelineAnswer([], graph.Timeline.Whole.Page(query));
        var positions = query.Ids!.Select(graph.PositionOf).ToList();
        var of = positions.Select(p => p is { } i ? graph.Entities[i] : null).ToList();
        if (positions.Any(p => p is null)) return TimelineRules.Answer(query, of, []);
        var distinct = positions.Select(p => p!.Value).Distinct().ToList();
        var timeline = distinct.Count == 1
            ? graph.Timeline.Of(distinct[0])
            : SortedTimeline.Of(distinct.SelectMany(p => graph.Timeline.Of(p).Items));
        return new TimelineAnswer(of, timeline.Page(query));
    }
}
