using GraphQL.Types;
using MineralGraph.Domain.Curation;
using MineralGraph.GraphQL.Resolvers;

namespace MineralGraph.GraphQL.Types.Curation;

/// <summary>
/// The curation mutations. Each needs a curator API key (Authorization: Bearer &lt;key&gt;), is checked by the same
/// rules as graph-seed, is durable before the answer, and shows in history. The work is in <see cref="CurationResolvers"/>.
/// </summary>
public sealed class MutationType : ObjectGraphType
{
    const string KeyDescription =
        "A key of your choice (at most 200 characters) that makes a retry safe: sent again with the same change, the first change is returned and nothing is applied twice. " +
        "Keys are each curator's own: another curator's equal key is a different key.";

    public MutationType()
    {
        Name = "Mutation";
        Description = "Changes to the graph, for curators. Every mutation needs a curator API key (`Authorization: Bearer <key>`); " +
                      "a refused change is a BAD_USER_INPUT error listing every problem in `extensions.problems`, and nothing is written. " +
                      "A request makes one change: a document selecting more than one of these fields is refused (MULTIPLE_MUTATIONS) before any runs.";

        Field<NonNullGraphType<CurationResultGraphType>>("addSource")
            .Description("Adds a document the graph can cite, optionally with its full text.")
            .Argument<NonNullGraphType<AddSourceInputType>>("input", "The document.")
            .Argument<StringGraphType>("idempotencyKey", KeyDescription)
            .ResolveAsync(CurationResolvers.AddSourceAsync);

        Field<NonNullGraphType<CurationResultGraphType>>("createEntity")
            .Description("Creates an entity; its id's prefix (official/, company/ …) says its kind. Sources are added with addSource.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "kind/ and a slug in lower-case ASCII (company/lithium-americas); must be new.")
            .Argument<NonNullGraphType<EntityFieldsInputType>>("fields", "The entity's fields; name is required.")
            .Argument<StringGraphType>("idempotencyKey", KeyDescription)
            .ResolveAsync(CurationResolvers.CreateEntityAsync);

        Field<NonNullGraphType<CurationResultGraphType>>("updateEntity")
            .Description("Changes some fields of an entity; fields left out stay as they are.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity to change (an id merged away resolves to its survivor).")
            .Argument<NonNullGraphType<EntityFieldsInputType>>("fields", "The fields to change.")
            .Argument<StringGraphType>("idempotencyKey", KeyDescription)
            .ResolveAsync(CurationResolvers.UpdateEntityAsync);

        Field<NonNullGraphType<CurationResultGraphType>>("mergeEntities")
            .Description("Merges two entities that are the same: the merged one's name and aliases become the survivor's aliases, its relations move to the survivor, " +
                         "and its id keeps resolving to the survivor.")
            .Argument<NonNullGraphType<IdGraphType>>("survivorId", "The entity that stays.")
            .Argument<NonNullGraphType<IdGraphType>>("mergedId", "The entity merged into it; must be of the same kind.")
            .Argument<StringGraphType>("idempotencyKey", KeyDescription)
            .ResolveAsync(CurationResolvers.MergeEntitiesAsync);

        Field<NonNullGraphType<CurationResultGraphType>>("assertRelation")
            .Description("Adds a tie between two entities. Refused unless it carries at least one evidence item (source + verbatim quote).")
            .Argument<NonNullGraphType<AssertRelationInputType>>("input", "The relation and its evidence.")
            .Argument<StringGraphType>("idempotencyKey", KeyDescription)
            .ResolveAsync(CurationResolvers.AssertRelationAsync);

        Field<NonNullGraphType<CurationResultGraphType>>("retractRelation")
            .Description("Withdraws a tie: it is kept, marked retracted with your reason and name, and left out of queries unless `includeRetracted` asks for it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The relation (rel/…).")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why it is withdrawn; shown to readers.")
            .Argument<StringGraphType>("idempotencyKey", KeyDescription)
            .ResolveAsync(CurationResolvers.RetractRelationAsync);
    }
}
