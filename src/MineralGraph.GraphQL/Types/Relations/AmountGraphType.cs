using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.GraphQL.Types.Enums;

namespace MineralGraph.GraphQL.Types.Relations;

public sealed class AmountGraphType : ObjectGraphType<Amount>
{
    public AmountGraphType()
    {
        Name = "Amount";
        Description = "A figure the sources give for a tie (an investment, a stake, a capacity, a number of participants), as they give it: " +
                      "the value, its unit, how it is hedged, what it counts and when.";
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The figure (70000000 for \"$70 million\", 15 for \"15%\").").Resolve(c => (double)c.Source.Value);
        Field<NonNullGraphType<StringGraphType>>("unit").Description("A currency code (USD, CAD) or a unit in lower-case words (percent, companies, tonnes-per-month).")
            .Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<AmountQualifierEnum>>("qualifier").Description("How the source hedges it: EXACTLY as stated, ABOUT, MORE_THAN or UP_TO.")
            .Resolve(c => c.Source.Qualifier);
        Field<StringGraphType>("basis").Description("What the figure counts, where that matters (\"of MP's stock\", \"contained metal\").").Resolve(c => c.Source.Basis);
        Field<PartialDateGraphType>("date").Description("The day or period the figure refers to, when the sources say.").Resolve(c => c.Source.Date);
        Field<StringGraphType>("text").Description("The source's own words for the figure (\"more than $70 million\"); they stand in one of the relation's quotes.")
            .Resolve(c => c.Source.Text);
    }
}

public sealed class AmountAtLeastInputType : InputObjectGraphType<AmountBound>
{
    public AmountAtLeastInputType()
    {
        Name = "AmountAtLeast";
        Description = "The least amount a relation must have, in one unit: relations with an amount in that unit of at least `value` " +
                      "(EXACTLY, ABOUT or MORE_THAN that much; an UP_TO figure never counts, since any smaller amount fits it).";
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The least figure.");
        Field<NonNullGraphType<StringGraphType>>("unit").Description("The unit the figure must be in: a currency code (USD) or a unit (percent).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new AmountBound(Convert.ToDecimal(value["value"], System.Globalization.CultureInfo.InvariantCulture), value["unit"]?.ToString() ?? "");
}
