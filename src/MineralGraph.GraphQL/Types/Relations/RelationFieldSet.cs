using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.GraphQL.Resolvers;
using MineralGraph.GraphQL.Types.Enums;

namespace MineralGraph.GraphQL.Types.Relations;

/// <summary>The fields a relation and a neighbourhood edge share.</summary>
static class RelationFieldSet
{
    public static void AddShared(ObjectGraphType<At<Relation>> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id of the relation (rel/…).").Resolve(c => c.Source.Value.Id);
        type.Field<NonNullGraphType<RelationKindEnum>>("kind").Description("How the two ends are tied.").Resolve(c => c.Source.Value.Kind);
        type.Field<StringGraphType>("role").Description("The role, title or capacity in words (\"Secretary of the Economy\").").Resolve(c => c.Source.Value.Role);
        type.Field<PartialDateGraphType>("since").Description("When the tie began (or, when `expected`, is expected to begin); null when the sources do not say.")
            .Resolve(c => c.Source.Value.Since);
        type.Field<PartialDateGraphType>("until").Description("When the tie ended (or, when `expected`, is expected to end); null when it is open or the sources do not say.")
            .Resolve(c => c.Source.Value.Until);
        type.Field<NonNullGraphType<BooleanGraphType>>("denied")
            .Description("True when the evidence says the tie does NOT hold (\"the United States is not formally part of the initiative\"). " +
                         "A denied claim disputes every claim of the same tie, and neighbourhood, paths and alliesSharingCapacity never follow it.")
            .Resolve(c => c.Source.Value.Denied);
        type.Field<AmountGraphType>("amount").Description("A figure the sources give for the tie (an investment, a stake, a capacity, participants), when they give one.")
            .Resolve(c => c.Source.Value.Amount);
        type.Field<BooleanGraphType>("isCurrent").Description("Whether the tie still holds according to the sources; null when they do not settle it.")
            .Resolve(c => c.Source.Value.IsCurrent switch { Truth.True => true, Truth.False => false, _ => (bool?)null });
        type.Field<StringGraphType>("note").Description("A sentence for the reader, when the curator left one.").Resolve(c => c.Source.Value.Note);
        type.Field<NonNullGraphType<ValidityEnum>>("validity")
            .Description("Whether the tie held on the query's asOf day (today when none was given): VALID, or UNKNOWN when its dates are missing or too coarse to tell. " +
                         "A tie whose start is only expected is INVALID on every day. INVALID only appears where nothing is filtered (relation(id), disputedBy).")
            .Resolve(c => c.Source.Value.ValidityOn(c.Source.On));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceGraphType>>>>("evidence")
            .Description("Why the graph says this: one or more documents, each with the verbatim quote.")
            .Resolve(c => c.Source.Value.Evidence);
        type.Field<Curation.RetractionGraphType>("retraction")
            .Description("Set when a curator withdrew the tie (reason, who, when); such relations only appear by id or with `includeRetracted`.")
            .Resolve(c => c.Source.Value.Retraction);
        type.Field<NonNullGraphType<BooleanGraphType>>("disputed").Description("True when another claim in the graph conflicts with this one; see `disputedBy`.")
            .Resolve(c => c.Source.Value.DisputedBy.Count > 0);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("disputedBy")
            .Description("The claims, from other sources, that conflict with this one. The graph keeps both and never merges them.")
            .Resolve(RelationResolvers.DisputedBy);
    }
}
