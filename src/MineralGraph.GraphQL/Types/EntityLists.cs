using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Resolvers;
using MineralGraph.GraphQL.Scalars;
using MineralGraph.GraphQL.Types.Entities;
using MineralGraph.GraphQL.Types.Enums;
using MineralGraph.GraphQL.Types.Lists;
using MineralGraph.GraphQL.Validation;

namespace MineralGraph.GraphQL.Types;

/// <summary>
/// The typed list root fields. Each kind offers the filters its entities have fields for: country for those that
/// belong to a government, type for those with sub-kinds, status and dates where the seed gives them.
/// </summary>
static class EntityLists
{
    public static void Add(QueryType query)
    {
        List<GovernmentGraphType, GovernmentTypeEnum>(query, "governments", EntityKind.Government, "Countries and unions.");
        List<OfficialGraphType, KindTypeEnum>(query, "officials", EntityKind.Official, "People: heads of government, ministers, executives.", country: true);
        List<AgencyGraphType, KindTypeEnum>(query, "agencies", EntityKind.Agency, "Ministries, departments and other public bodies.", country: true);
        List<CompanyGraphType, KindTypeEnum>(query, "companies", EntityKind.Company, "Companies.", country: true);
        List<MineralGraphType, MineralTypeEnum>(query, "minerals", EntityKind.Mineral, "Elements, materials and groups of them.");
        List<ProjectGraphType, ProjectTypeEnum>(query, "projects", EntityKind.Project, "Mines, refineries, plants and financing programmes.", country: true, status: true);
        List<AgreementGraphType, AgreementTypeEnum>(query, "agreements", EntityKind.Agreement, "Trade agreements, alliances, partnerships, action plans, deals and blocs.", status: true, dated: true);
        List<EventGraphType, EventTypeEnum>(query, "events", EntityKind.Event, "Meetings and announcements.", dated: true);
        List<MeasureGraphType, MeasureTypeEnum>(query, "measures", EntityKind.Measure, "Export controls, designations and policies.", country: true, status: true, dated: true);
        List<SourceGraphType, KindTypeEnum>(query, "sources", EntityKind.Source, "The documents the graph cites.", dated: true);
    }

    static void List<TNode, TTypeEnum>(QueryType query, string name, EntityKind kind, string description,
        bool country = false, bool status = false, bool dated = false)
        where TNode : EntityGraphType where TTypeEnum : KindTypeEnum
    {
        var field = query.Field<EntityConnectionGraphType<TNode>>(name)
            .Description($"{description} Filter, sort and page with `first` (at most {QueryCaps.PageSize}) and `after`.")
            .Argument<StringGraphType>("name", "Only entities whose name or an alias contains these words (case, accents and punctuation ignored).");
        if (country) field.Argument<IdGraphType>("country", "Only entities of this government (government/mexico).");
        // KindTypeEnum itself stands for "this kind has no sub-kinds", so no type filter.
        if (typeof(TTypeEnum) != typeof(KindTypeEnum)) field.Argument<TTypeEnum>("type", "Only entities of this type.");
        if (status) field.Argument<StatusEnum>("status", "Only entities with this status.");
        if (dated)
        {
            field.Argument<DateScalar>("dateFrom", "Only entities dated on or after this day (undated ones are left out).");
            field.Argument<DateScalar>("dateTo", "Only entities dated on or before this day (undated ones are left out).");
        }
        field.Argument<EntitySortEnum>("sort", "The order of the list.", a => a.DefaultValue = EntitySort.NameAsc)
            .Argument<IntGraphType>("first", $"How many entities to return, 1 to {QueryCaps.PageSize}.", a =>
            {
                a.DefaultValue = QueryDefaults.PageSize;
                a.Between(1, QueryCaps.PageSize);
            })
            .Argument<StringGraphType>("after", "Return the entities after this cursor (pageInfo.endCursor of the previous page).")
            .ResolveAsync(ListResolvers.For(kind));
    }
}
