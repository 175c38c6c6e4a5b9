using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Resolvers;
using MineralGraph.GraphQL.Scalars;
using MineralGraph.GraphQL.Types.Enums;
using MineralGraph.GraphQL.Types.Relations;
using MineralGraph.GraphQL.Validation;

namespace MineralGraph.GraphQL.Types.Entities;

/// <summary>The fields every entity has, declared once for the Entity interface and each entity type.</summary>
static class EntityFieldSet
{
    /// <summary>Declares the common fields (shape and descriptions only: the interface must not carry resolvers).</summary>
    public static void Declare(InterfaceGraphType<Entity> type) => Declare((ComplexGraphType<Entity>)type);

    /// <summary>Declares the common fields and attaches their resolvers.</summary>
    public static void AddCommon(ObjectGraphType<Entity> type)
    {
        Declare(type);
        Attach(type, "id", c => c.Source.Id);
        Attach(type, "name", c => c.Source.Name);
        Attach(type, "aliases", c => c.Source.Aliases);
        Attach(type, "description", c => c.Source.Description);
        Attach(type, "kind", c => c.Source.Kind);
        Attach(type, "relations", EntityResolvers.Relations);
    }

    static void Attach(ObjectGraphType<Entity> type, string field, Func<IResolveFieldContext<Entity>, object?> resolve) =>
        type.GetField(field)!.Resolver = new FuncFieldResolver<Entity, object?>(resolve);

    // GQL012 cannot see that this helper only ever receives the Entity interface or an object type, both of which may take arguments.
#pragma warning disable GQL012
    static void Declare(ComplexGraphType<Entity> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Stable id: the kind, a slash and a slug (official/marcelo-ebrard). Pass it to node, neighbourhood or paths.");
        type.Field<NonNullGraphType<StringGraphType>>("name")
            .Description("The usual name (the title, for a source).");
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names, acronyms and spellings in other languages (USMCA: T-MEC, CUSMA). Search matches them too.");
        type.Field<NonNullGraphType<StringGraphType>>("description")
            .Description("One or two plain sentences on what this is (may be empty for a source).");
        type.Field<NonNullGraphType<EntityKindEnum>>("kind")
            .Description("What this entity is.");
        type.Field<NonNullGraphType<RelationConnectionGraphType>>("relations")
            .Description("The relations this entity takes part in, each with its evidence, denied claims included (`denied`), ordered by kind then id unless `orderBy` says otherwise. " +
                         "With asOf, relations whose dates say they did not hold that day, or whose start is only expected, are left out; those with unknown dates stay, flagged by `validity`.")
            .Argument<ListGraphType<NonNullGraphType<RelationKindEnum>>>("kinds", "Only these kinds of relation; all when omitted.")
            .Argument<RelationDirectionEnum>("direction", "Which end this entity is: OUTGOING (from), INCOMING (to) or BOTH.", a => a.DefaultValue = Domain.Store.RelationDirection.Both)
            .Argument<DateScalar>("asOf", "Only relations valid (or possibly valid) on this day, YYYY-MM-DD.")
            .Argument<IntGraphType>("first", $"How many relations to return, 1 to {QueryCaps.PageSize}.", a =>
            {
                a.DefaultValue = QueryDefaults.PageSize;
                a.Between(1, QueryCaps.PageSize);
            })
            .Argument<StringGraphType>("after", "Return the relations after this cursor (pageInfo.endCursor of the previous page).")
            .Argument<BooleanGraphType>("includeRetracted", "Also list relations a curator retracted (their `retraction` says why).", a => a.DefaultValue = false)
            .Argument<BooleanGraphType>("denied", "Only denied claims (true: the sources say the tie does not hold) or only affirmed ones (false); both when omitted.")
            .Argument<AmountAtLeastInputType>("minAmount", "Only relations with an amount in this unit of at least this value.", a => a.UnitChecked())
            .Argument<RelationOrderEnum>("orderBy", "The order: by kind then id (KIND), or by amount.", a => a.DefaultValue = Domain.Store.RelationOrder.Kind);
    }
#pragma warning restore GQL012

    /// <summary>The government an entity belongs to, resolved in one batch for a whole list.</summary>
    public static void AddCountry(ObjectGraphType<Entity> type, string description) =>
        type.Field<GovernmentGraphType>("country").Description(description).Resolve(EntityResolvers.Country);

    public static void AddType<TEnum>(ObjectGraphType<Entity> type, string description) where TEnum : KindTypeEnum =>
        type.Field<TEnum>("type").Description(description).Resolve(c => c.Source.Type);

    public static void AddStatus(ObjectGraphType<Entity> type, string description) =>
        type.Field<StatusEnum>("status").Description(description).Resolve(c => c.Source.Status);

    public static void AddDate(ObjectGraphType<Entity> type, string description) =>
        type.Field<PartialDateGraphType>("date").Description(description).Resolve(c => c.Source.Date);

    /// <summary>Every dated step: the date first, then the further ones, each with its role.</summary>
    public static void AddDates(ObjectGraphType<Entity> type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartialDateGraphType>>>>("dates")
            .Description("Every dated step the sources give, each with its role (announced, in force, suspended …): `date` first, then the others. Expected ones are still to come.")
            .Resolve(c => c.Source.Date is { } date ? [date, .. c.Source.Dates] : c.Source.Dates);
}
