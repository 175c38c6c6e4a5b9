using GraphQL.Types;
using MineralGraph.GraphQL.Resolvers;
using MineralGraph.GraphQL.Types.Entities;
using MineralGraph.GraphQL.Types.Relations;

namespace MineralGraph.GraphQL.Types.Curation;

public sealed class CurationResultGraphType : ObjectGraphType<CurationResult>
{
    public CurationResultGraphType()
    {
        Name = "CurationResult";
        Description = "What a mutation did: the change as history records it, and the entity or relation as it now reads.";
        Field<NonNullGraphType<ChangeGraphType>>("change").Description("The recorded change (the earlier one, unchanged, when the idempotency key was used before).")
            .Resolve(c => c.Source.Change);
        Field<EntityInterface>("entity").Description("The entity created, updated or merged into, read back from the graph; null for relation changes.")
            .ResolveAsync(CurationResolvers.EntityAsync);
        Field<RelationGraphType>("relation").Description("The relation asserted or retracted, read back from the graph; null for entity changes.")
            .ResolveAsync(CurationResolvers.RelationAsync);
    }
}
