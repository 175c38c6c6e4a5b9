using System.Collections.Concurrent;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Timeline;

namespace MineralGraph.Store.Embedded.Indexes;

/// <summary>
/// A snapshot's timelines in timeline order (<see cref="TimelineRules"/>): the whole graph's, built on first use, and
/// each very connected entity's, built on its first use and kept. Both live with the snapshot, so a curation write
/// (a new snapshot) drops them all. An entity with few ties is gathered per call: cheap, and not worth the memory.
/// </summary>
internal sealed class TimelineIndex(EmbeddedGraph graph)
{
    /// <summary>From this many ties on, an entity's sorted timeline is kept (below it, gathering costs microseconds).</summary>
    internal const int KeptFromTies = 256;

    readonly Lazy<SortedTimeline> whole = new(() => BuildWhole(graph));
    readonly ConcurrentDictionary<int, Lazy<SortedTimeline>> ofEntity = new();

    public SortedTimeline Whole => whole.Value;

    /// <summary>The timeline of one entity (by position): the rule's candidates (<see cref="TimelineRules.Candidates"/>), sorted.</summary>
    public SortedTimeline Of(int entity)
    {
        if (graph.Outgoing.Of(entity).Length + graph.Incoming.Of(entity).Length < KeptFromTies) return Gather(graph, entity);
        return ofEntity.GetOrAdd(entity, e => new Lazy<SortedTimeline>(() => Gather(graph, e))).Value;
    }

    static SortedTimeline Gather(EmbeddedGraph graph, int entity) =>
        SortedTimeline.Of(TimelineRules.Candidates([graph.Entities[entity]], Touching(graph, entity)));

    static IEnumerable<(Relation, Entity, Entity)> Touching(EmbeddedGraph graph, int entity)
    {
        foreach (var j in graph.Outgoing.Of(entity).ToArray()) yield return At(graph, j);
        foreach (var j in graph.Incoming.Of(entity).ToArray()) yield return At(graph, j);
    }

    static (Relation, Entity, Entity) At(EmbeddedGraph graph, int j) => (graph.Relations[j], graph.Entities[graph.FromPositions[j]], graph.Entities[graph.ToPositions[j]]);

    static SortedTimeline BuildWhole(EmbeddedGraph graph)
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
        return SortedTimeline.Of(items);
    }
}
