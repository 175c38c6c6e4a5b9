using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Timeline;
using MineralGraph.GraphQL.Types.Entities;
using MineralGraph.GraphQL.Types.Relations;

namespace MineralGraph.GraphQL.Types.Timeline;

public sealed class TimelineItemKindEnum : EnumerationGraphType
{
    public TimelineItemKindEnum()
    {
        Name = "TimelineItemKind";
        Description = "What a timeline item dates.";
        Add("RELATION", TimelineItemKind.Relation, "The start (since) or end (until) of a tie between two entities.");
        Add("EVENT", TimelineItemKind.Event, "A meeting or announcement: its date or one of its dated steps.");
        Add("AGREEMENT", TimelineItemKind.Agreement, "An agreement's date or one of its dated steps (signed, announced, in force, expected …).");
        Add("MEASURE", TimelineItemKind.Measure, "A measure's date or one of its dated steps (announced, in force, suspended …).");
    }
}

public sealed class TimelineConnectionGraphType : ObjectGraphType<At<Page<TimelineItem>>>
{
    public TimelineConnectionGraphType()
    {
        Name = "TimelineConnection";
        Description = "A page of a timeline, in date order.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEdgeGraphType>>>>("edges").Description("The items of this page, each with its cursor.")
            .Resolve(c => c.Source.Value.Items.Select((item, i) => new Edge<At<TimelineItem>>(new(item, c.Source.On), Cursor.Encode(c.Source.Value.Offset + i))).ToList());
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Whether more items follow, and the cursor to fetch them.")
            .Resolve(c => PageInfo.Of(c.Source.Value));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many items match in all pages.")
            .Resolve(c => c.Source.Value.TotalCount ?? 0);
    }
}

public sealed class TimelineEdgeGraphType : ObjectGraphType<Edge<At<TimelineItem>>>
{
    public TimelineEdgeGraphType()
    {
        Name = "TimelineEdge";
        Description = "A timeline item and its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to continue after this item.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TimelineItemGraphType>>("node").Description("The item.").Resolve(c => c.Source.Node);
    }
}

public sealed class TimelineItemGraphType : ObjectGraphType<At<TimelineItem>>
{
    public TimelineItemGraphType()
    {
        Name = "TimelineItem";
        Description = "One dated thing on a timeline: a tie's start or end, or a dated step of an event, agreement or measure. " +
                      "Its date keeps its precision: a year-only date spans the whole year (earliest–latest), an expected one is `expected`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the item: rel/…#since, rel/…#until, event/…#date, agreement/…#dates/0 (position in `dates`).")
            .Resolve(c => c.Source.Value.Id);
        Field<NonNullGraphType<TimelineItemKindEnum>>("kind").Description("What the item dates.").Resolve(c => c.Source.Value.Kind);
        Field<NonNullGraphType<PartialDateGraphType>>("date").Description("The date as the sources give it, with its precision, role and whether it is expected.")
            .Resolve(c => c.Source.Value.Date);
        Field<NonNullGraphType<StringGraphType>>("title").Description("The item in plain words, from the graph's names (\"Marcelo Ebrard holds position Secretaría de Economía (Secretary of the Economy): begins\").")
            .Resolve(c => c.Source.Value.Title);
        Field<EntityInterface>("entity").Description("The event, agreement or measure (kind EVENT, AGREEMENT, MEASURE); null for a tie.")
            .Resolve(c => c.Source.Value.Entity);
        Field<RelationGraphType>("relation").Description("The tie (kind RELATION); null otherwise.")
            .Resolve(c => c.Source.Value.Relation is { } r ? new At<Relation>(r, c.Source.On) : null);
        Field<StringGraphType>("edge").Description("For a tie: SINCE or UNTIL, which end of the tie the date is; null otherwise.")
            .Resolve(c => c.Source.Value.Edge switch { TieEnd.Since => "SINCE", TieEnd.Until => "UNTIL", _ => null });
    }
}
