using GraphQL.Types;
using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.GraphQL.Types.Curation;

public sealed class ChangeGraphType : ObjectGraphType<Change>
{
    public ChangeGraphType()
    {
        Name = "Change";
        Description = "One change a curator made: who, when, which operation on which ids, and the record before and after.";
        Field<NonNullGraphType<IntGraphType>>("sequence").Description("The change's number; changes apply in this order.").Resolve(c => checked((int)c.Source.Sequence));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When it was applied (UTC, ISO 8601).").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("The curator, by the name their API key is registered under.").Resolve(c => c.Source.Actor);
        Field<NonNullGraphType<StringGraphType>>("operation").Description("The mutation: addSource, createEntity, updateEntity, mergeEntities, assertRelation or retractRelation.")
            .Resolve(c => c.Source.Operation);
        Field<NonNullGraphType<ChangeOperationEnum>>("kind").Description("The operation as an enum value (the same as `operation`).")
            .Resolve(c => ChangeOperations.Of(c.Source));
        Field<NonNullGraphType<StringGraphType>>("summary")
            .Description("The change in plain words, as the Atom feeds title it: \"New tie: Canada member of Minerals Security Partnership — source: …\".")
            .Resolve(c => c.Source.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("targets")
            .Description("The ids the change touched: the entity or relation, a relation's two ends, a merged id.").Resolve(c => c.Source.Targets);
        Field<StringGraphType>("before").Description("The entity or relation before the change, as JSON; null when the change created it.").Resolve(c => c.Source.Before);
        Field<StringGraphType>("after").Description("The entity or relation after the change, as JSON.").Resolve(c => c.Source.After);
        Field<StringGraphType>("idempotencyKey").Description("The key the client sent with the change, if any; the same key again returns this change and applies nothing.")
            .Resolve(c => c.Source.IdempotencyKey);
    }
}

/// <summary>
/// A page of changes: from <c>history</c> (cursors are positions) or from <c>changes</c> (cursors name the last
/// change seen, <see cref="ChangeCursor"/>, so a page stays right while changes keep coming).
/// </summary>
public sealed record ChangeList(Page<Change> Page, bool CursorsBySequence)
{
    public PageInfo PageInfo => !CursorsBySequence ? PageInfo.Of(Page) : new(
        Page.HasNextPage,
        Page.Offset > 0,
        Page.Items.Count > 0 ? ChangeCursor.Encode(Page.Items[0].Sequence) : null,
        Page.Items.Count > 0 ? ChangeCursor.Encode(Page.Items[^1].Sequence) : null);
}

public sealed class ChangeConnectionGraphType : ObjectGraphType<ChangeList>
{
    public ChangeConnectionGraphType()
    {
        Name = "ChangeConnection";
        Description = "A page of changes, oldest first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeGraphType>>>>("nodes").Description("The changes of this page.").Resolve(c => c.Source.Page.Items);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Whether more changes follow, and the cursor to fetch them.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many changes there are in all: that touched the id (history), or that match the filters after `since` (changes).")
            .Resolve(c => c.Source.Page.TotalCount ?? 0);
    }
}

public sealed class RetractionGraphType : ObjectGraphType<Retraction>
{
    public RetractionGraphType()
    {
        Name = "Retraction";
        Description = "Why and by whom a relation was withdrawn. A retracted relation is kept for the record but left out of queries unless asked for.";
        Field<NonNullGraphType<StringGraphType>>("reason").Description("The curator's reason.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("by").Description("The curator who retracted it.").Resolve(c => c.Source.By);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When it was retracted (UTC).").Resolve(c => c.Source.At);
    }
}
