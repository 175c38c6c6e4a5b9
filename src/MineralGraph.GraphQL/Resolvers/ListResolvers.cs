using GraphQL;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Store.ReadAhead;
using MineralGraph.GraphQL.ReadAhead;

namespace MineralGraph.GraphQL.Resolvers;

/// <summary>The typed lists (governments, officials…): filters, sort and cursor pagination in one store call.</summary>
static class ListResolvers
{
    public static Func<IResolveFieldContext<object?>, Task<object?>> For(EntityKind kind) => async context =>
    {
        var query = new EntityListQuery
        {
            Kind = kind,
            NameContains = context.GetArgument<string?>("name"),
            Country = context.GetArgument<string?>("country"),
            Type = context.GetArgument<string?>("type"),
            Status = context.GetArgument<string?>("status"),
            DateFrom = context.GetArgument<DateOnly?>("dateFrom"),
            DateTo = context.GetArgument<DateOnly?>("dateTo"),
            Sort = context.GetArgument("sort", EntitySort.NameAsc),
            First = context.GetArgument("first", QueryDefaults.PageSize),
            Offset = context.OffsetAfter(),
            IncludeTotal = context.Selects("totalCount"),
        };
        return await context.ReadAsync(new EntityListRead(query));
    };
}
