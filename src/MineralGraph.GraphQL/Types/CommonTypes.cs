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
        Description = "A date as the sources give it: a year, a month or a day (2025, 2025-09, 2025-09-18), a period (2026-07-01/2026-12-31), " +
                      "or a month whose year they do not give (XXXX-02). `earliest` and `latest` are the first and last days it may mean; " +
                      "`text` is the source's own words, `role` what the date is of, and `expected` says it is still to come, not a past fact.";
        Field<NonNullGraphType<StringGraphType>>("value").Description("The date as the sources give it: YYYY, YYYY-MM, YYYY-MM-DD, a period A/B of two of those, or XXXX-MM for a month without its year.")
            .Resolve(c => c.Source.ToString());
        Field<NonNullGraphType<DatePrecisionEnum>>("precision").Description("Whether the year, the month, the day, a period or a month without its year is known.")
            .Resolve(c => c.Source.Precision);
        Field<DateScalar>("earliest").Description("The first day the date may mean (2025-09 → 2025-09-01); null for a month whose year is not given.")
            .Resolve(c => c.Source.IsPlaced ? c.Source.Earliest : null);
        Field<DateScalar>("latest").Description("The last day the date may mean (2025-09 → 2025-09-30); null for a month whose year is not given.")
            .Resolve(c => c.Source.IsPlaced ? c.Source.Latest : null);
        Field<StringGraphType>("text").Description("The source's own words for the date (\"second half of 2026\", \"February\"), when the value alone would say more or less than they do.")
            .Resolve(c => c.Source.Text);
        Field<NonNullGraphType<BooleanGraphType>>("expected").Description("True when the source gives the date as still to come: show it as expected, never as a past fact.")
            .Resolve(c => c.Source.Expected);
        Field<DateRoleEnum>("role").Description("What the date is the date of (announced, signed, in force …), when the sources say.")
            .Resolve(c => c.Source.Role);
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
