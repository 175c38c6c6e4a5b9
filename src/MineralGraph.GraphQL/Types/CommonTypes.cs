using GraphQL.Types;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Time;
using MineralGraph.GraphQL.Scalars;
using MineralGraph.GraphQL.Types.Enums;

namespace MineralGraph.GraphQL.Types;

public sealed class PartialDateGraphType : ObjectGraphType<PartialDate>
{
    public PartialDateGraphType()
    {
        Name = "PartialDate";
        Description = "A date the sources give to a year, a month or a day. `value` is written as precisely as it is known " +
                      "(2025, 2025-09, 2025-09-18); `earliest` and `latest` are the first and last days it may mean.";
        Field<NonNullGraphType<StringGraphType>>("value").Description("The date as the sources give it: YYYY, YYYY-MM or YYYY-MM-DD.")
            .Resolve(c => c.Source.ToString());
        Field<NonNullGraphType<DatePrecisionEnum>>("precision").Description("Whether the year, the month or the day is known.")
            .Resolve(c => c.Source.Precision);
        Field<NonNullGraphType<DateScalar>>("earliest").Description("The first day the date may mean (2025-09 → 2025-09-01).")
            .Resolve(c => c.Source.Earliest);
        Field<NonNullGraphType<DateScalar>>("latest").Description("The last day the date may mean (2025-09 → 2025-09-30).")
            .Resolve(c => c.Source.Latest);
    }
}

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where this page sits in the whole list (Relay cursor connections).";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("True when more items follow; pass `endCursor` as `after` to get them.")
            .Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("True when items precede this page.")
            .Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("The cursor of the first item of this page; null when the page is empty.")
            .Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("The cursor of the last item of this page; null when the page is empty.")
            .Resolve(c => c.Source.EndCursor);
    }
}
