using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;
using MineralGraph.GraphQL.Resolvers;
using MineralGraph.GraphQL.Scalars;
using MineralGraph.GraphQL.Types.Entities;
using MineralGraph.GraphQL.Types.Enums;
using MineralGraph.GraphQL.Types.Relations;
using MineralGraph.GraphQL.Types.Traversal;
using MineralGraph.GraphQL.Validation;

namespace MineralGraph.GraphQL.Types;

/// <summary>The root fields. Shapes and descriptions live here; the work is done in Resolvers/.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Questions about the critical-minerals supply chain: who is who, who is tied to whom, and which documents say so.";

        Field<EntityInterface>("node")
            .Description("The entity with this id (official/marcelo-ebrard); null with a NOT_FOUND error when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity's id.")
            .ResolveAsync(QueryResolvers.NodeAsync);
        Field<NonNullGraphType<ListGraphType<EntityInterface>>>("nodes")
            .Description("The entities with these ids, in the same order; null (with a NOT_FOUND error) where an id is unknown.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", $"Up to {QueryCaps.Ids} entity ids.", a => a.AtMostItems(QueryCaps.Ids))
            .ResolveAsync(QueryResolvers.NodesAsync);
        Field<RelationGraphType>("relation")
            .Description("The relation with this id (rel/…); null with a NOT_FOUND error when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The relation's id.")
            .ResolveAsync(QueryResolvers.RelationAsync);
        Field<ListGraphType<NonNullGraphType<SearchHitGraphType>>>("search")
            .Description("Entities whose name or an alias matches the text, best first. Case, accents and punctuation do not matter, " +
                         $"so \"t-mec\", \"CUSMA\" and \"USMCA\" all find the USMCA. Empty text, or text over {SearchText.MaxLength} characters, is a BAD_USER_INPUT error.")
            .Argument<NonNullGraphType<StringGraphType>>("text", $"The words to look for: at least one letter or digit, at most {SearchText.MaxLength} characters.")
            .Argument<ListGraphType<NonNullGraphType<EntityKindEnum>>>("kinds", "Only entities of these kinds; all when omitted.")
            .Argument<IntGraphType>("first", $"How many hits to return, 1 to {QueryCaps.PageSize}.", a =>
            {
                a.DefaultValue = QueryDefaults.SearchHits;
                a.Between(1, QueryCaps.PageSize);
            })
            .ResolveAsync(QueryResolvers.SearchAsync);

        EntityLists.Add(this);

        Field<NeighbourhoodGraphType>("neighbourhood")
            .Description($"The entities within `depth` relations of an entity (either direction) and the relations between them, ready to draw. " +
                         $"depth is at most {QueryCaps.NeighbourhoodDepth}; at most {QueryDefaults.MaxNodes} nodes come back (`truncated` says when limits cut something off). " +
                         "Denied claims are never followed (list them with `relations(denied: true)`).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity at the center.")
            .Argument<IntGraphType>("depth", $"How many relations away to go, 1 to {QueryCaps.NeighbourhoodDepth}.", a =>
            {
                a.DefaultValue = QueryDefaults.NeighbourhoodDepth;
                a.Between(1, QueryCaps.NeighbourhoodDepth);
            })
            .Argument<ListGraphType<NonNullGraphType<RelationKindEnum>>>("kinds", "Only follow these kinds of relation; all when omitted.")
            .Argument<DateScalar>("asOf", "Only follow relations valid (or possibly valid) on this day, YYYY-MM-DD.")
            .Argument<IntGraphType>("limitPerNode", $"At most this many relations are followed from each node, 1 to {QueryCaps.LimitPerNode}.", a =>
            {
                a.DefaultValue = QueryDefaults.LimitPerNode;
                a.Between(1, QueryCaps.LimitPerNode);
            })
            .ResolveAsync(TraversalResolvers.NeighbourhoodAsync);

        Field<ListGraphType<NonNullGraphType<PathGraphType>>>("paths")
            .Description("The strongest distinct chains of relations between two entities (direction ignored), each hop with its evidence and strength. " +
                         "Chains of ties between actors come first: a chain needing a topical tie (a shared mineral) only when no actor chain exists within maxHops, " +
                         "or with `through: ANY`. Among the shortest chains of their kind, those avoiding very connected entities (hubs) are taken when there are any. " +
                         "Paths come strongest first (then fewer hubs, fewer hops); chains through the same actors are one chain, its strongest form shown. " +
                         "An empty list when none is found within maxHops; null with NOT_FOUND when an id is unknown. Denied claims are never followed.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The entity to start from.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The entity to reach.")
            .Argument<IntGraphType>("maxHops", $"The longest path to consider, 1 to {QueryCaps.PathHops} relations.", a =>
            {
                a.DefaultValue = QueryDefaults.PathHops;
                a.Between(1, QueryCaps.PathHops);
            })
            .Argument<ListGraphType<NonNullGraphType<RelationKindEnum>>>("kinds", "Only follow these kinds of relation; all when omitted.")
            .Argument<DateScalar>("asOf", "Only follow relations valid (or possibly valid) on this day, YYYY-MM-DD.")
            .Argument<IntGraphType>("first", $"How many distinct chains to return, the strongest first, 1 to {QueryCaps.Paths}.", a =>
            {
                a.DefaultValue = QueryDefaults.Paths;
                a.Between(1, QueryCaps.Paths);
            })
            .Argument<PathThroughEnum>("through", "ACTORS: actor chains first, topical ones only when there is none; ANY: chains through minerals too, ranked with the actor chains.",
                a => a.DefaultValue = QueryDefaults.Through)
            .ResolveAsync(TraversalResolvers.PathsAsync);

        Field<ListGraphType<NonNullGraphType<CommonTieGraphType>>>("commonTies")
            .Description($"The entities tied to every one of {QueryCaps.CommonTiesMinIds} to {QueryCaps.CommonTiesMaxIds} entities (interlocks: the agreements Canada, Mexico and the United States are all members of; " +
                         "who took part in both meetings), each with its ties and their evidence, strongest first. Null with NOT_FOUND naming `ids[i]` when an id is unknown, " +
                         "or with BAD_USER_INPUT when too few or too many ids are given or two name the same entity.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", $"{QueryCaps.CommonTiesMinIds} to {QueryCaps.CommonTiesMaxIds} different entity ids.")
            .Argument<ListGraphType<NonNullGraphType<RelationKindEnum>>>("kinds", "Only ties of these kinds; all when omitted.")
            .Argument<DateScalar>("asOf", "Only ties valid (or possibly valid) on this day, YYYY-MM-DD; strengths judge dates on it (else on today).")
            .Argument<IntGraphType>("first", $"How many common ties to return, 1 to {QueryCaps.CommonTies}.", a =>
            {
                a.DefaultValue = QueryDefaults.CommonTies;
                a.Between(1, QueryCaps.CommonTies);
            })
            .ResolveAsync(TraversalResolvers.CommonTiesAsync);

        Field<ListGraphType<NonNullGraphType<CapacityAllianceGraphType>>>("alliesSharingCapacity")
            .Description("Alliances in which two or more members hold capacity (directly or through companies and projects based in them) " +
                         "for minerals a government restricts, every link cited: which allies could supply what China's export controls cut off? Denied claims never count.")
            .Argument<CapacityStageEnum>("stage", "The supply-chain step the capacity is in.", a => a.DefaultValue = QueryDefaults.Stage)
            .Argument<IdGraphType>("restrictedBy", "The government whose restrictions count.", a => a.DefaultValue = QueryDefaults.RestrictedBy)
            .Argument<IdGraphType>("mineral", "Only this restricted mineral; all the government restricts when omitted.")
            .Argument<DateScalar>("asOf", "Only relations valid (or possibly valid) on this day, YYYY-MM-DD.")
            .ResolveAsync(TraversalResolvers.AlliesSharingCapacityAsync);

        Field<NonNullGraphType<Timeline.TimelineConnectionGraphType>>("timeline")
            .Description("Dated ties, events, agreements and measures in date order: what was signed, announced, restricted, and when. " +
                         "Of the whole graph, or of what touches the given entities (their ties, and the events, agreements and measures they are or are tied to). " +
                         "Ordered by earliest day, then the narrower date first, then id; dates keep their precision (a year-only date spans the year; an expected one says so), " +
                         "and a month without a year comes last. Denied and retracted claims are left out. " +
                         $"NOT_FOUND naming every unknown id; BAD_USER_INPUT naming the argument for more than {QueryCaps.TimelineIds} ids, `from` after `to`, or a malformed date.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("ids", $"Up to {QueryCaps.TimelineIds} entity ids; the whole graph when omitted or empty.")
            .Argument<DateScalar>("from", "Only items whose span reaches this day or later, YYYY-MM-DD (a year-only date counts as its whole year).")
            .Argument<DateScalar>("to", "Only items whose span starts on this day or earlier, YYYY-MM-DD.")
            .Argument<ListGraphType<NonNullGraphType<Timeline.TimelineItemKindEnum>>>("kinds", "Only items of these kinds; all when omitted.")
            .Argument<IntGraphType>("first", $"How many items to return, 1 to {QueryCaps.TimelineItems}.", a =>
            {
                a.DefaultValue = QueryDefaults.Timeline;
                a.Between(1, QueryCaps.TimelineItems);
            })
            .Argument<StringGraphType>("after", "Return the items after this cursor (pageInfo.endCursor of the previous page).")
            .ResolveAsync(TimelineResolvers.TimelineAsync);

        Field<NonNullGraphType<Curation.ChangeConnectionGraphType>>("history")
            .Description("Every change curators made to an entity or relation (or to a relation touching the entity, or to an entity merged into it), oldest first: " +
                         "who, when, what, and the record before and after. Ties that came from graph-seed have no history.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "An entity or relation id; an id merged away shows its own and its survivor's changes.")
            .Argument<IntGraphType>("first", $"How many changes to return, 1 to {QueryCaps.PageSize}.", a =>
            {
                a.DefaultValue = QueryDefaults.PageSize;
                a.Between(1, QueryCaps.PageSize);
            })
            .Argument<StringGraphType>("after", "Return the changes after this cursor (pageInfo.endCursor of the previous page).")
            .ResolveAsync(HistoryResolvers.HistoryAsync);

        Field<StatsGraphType>("stats")
            .Description("How many entities, relations and citations the graph holds, by kind.")
            .ResolveAsync(QueryResolvers.StatsAsync);
    }
}
