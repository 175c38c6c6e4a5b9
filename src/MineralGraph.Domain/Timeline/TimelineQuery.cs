using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.Domain.Timeline;

/// <summary>
/// A page of the timeline (<see cref="TimelineRules"/> says what is on it and in which order): of the whole graph,
/// or, with <see cref="Ids"/>, of what touches those entities. <see cref="From"/> and <see cref="To"/> keep items
/// whose span overlaps them; <see cref="Kinds"/> keeps items of those kinds (all when null).
/// </summary>
public sealed record TimelineQuery
{
    /// <summary>Up to <see cref="QueryCaps.TimelineIds"/> entity ids; null or empty for the whole graph.</summary>
    public IReadOnlyList<string>? Ids { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public IReadOnlyCollection<TimelineItemKind>? Kinds { get; init; }
    public int First { get; init; } = QueryDefaults.Timeline;
    public int Offset { get; init; }

    /// <summary>True when the query is about the whole graph rather than some entities.</summary>
    public bool IsWholeGraph => Ids is null || Ids.Count == 0;
}

/// <summary>
/// The answer to a <see cref="TimelineQuery"/>: the entities the ids name (merges followed, in the same order; null
/// where an id names nothing, and then no items) and the page of items, its total always counted.
/// </summary>
public sealed record TimelineAnswer(IReadOnlyList<Entity?> Of, Page<TimelineItem> Page);
