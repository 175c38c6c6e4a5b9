using MineralGraph.Domain.Model;
using MineralGraph.Domain.Time;

namespace MineralGraph.Domain.Timeline;

/// <summary>What a timeline item dates: a tie's start or end, or a step of an event, agreement or measure.</summary>
public enum TimelineItemKind
{
    Relation,
    Event,
    Agreement,
    Measure,
}

/// <summary>Which end of a tie a relation's timeline item is: its <c>since</c> or its <c>until</c>.</summary>
public enum TieEnd
{
    Since,
    Until,
}

/// <summary>
/// One dated thing on a timeline. <see cref="Id"/> is stable: <c>rel/…#since</c>, <c>rel/…#until</c>,
/// <c>event/…#date</c>, <c>agreement/…#dates/0</c> (the position in the entity's <c>dates</c>).
/// <see cref="Entity"/> is set for event, agreement and measure items; <see cref="Relation"/> and <see cref="Edge"/> for ties.
/// </summary>
public sealed record TimelineItem(string Id, TimelineItemKind Kind, PartialDate Date, string Title, Entity? Entity, Relation? Relation, TieEnd? Edge);
