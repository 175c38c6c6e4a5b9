using GraphQL.Types;
using MineralGraph.Domain.Ranking;
using MineralGraph.GraphQL.Types.Enums;

namespace MineralGraph.GraphQL.Types.Traversal;

public sealed class TieStrengthGraphType : ObjectGraphType<TieStrength>
{
    public TieStrengthGraphType()
    {
        Name = "TieStrength";
        Description = "How well one tie is supported, and why. A tie starts at 100 and loses points for resting on one (−30) or two (−10) " +
                      "independent sources, for quotes not checked against a held text (none −30, some −10), for being disputed (−30), for dates " +
                      "that cannot tell (−10) or deny (−40) that it held on the day asked about, and for being a topical tie (−20); never below 0.";
        Field<NonNullGraphType<IntGraphType>>("score").Description("0 to 100; higher is better supported.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<IntGraphType>>("independentSources").Description("Distinct publishers among the tie's citations (a source without a publisher counts by itself).")
            .Resolve(c => c.Source.IndependentSources);
        Field<NonNullGraphType<IntGraphType>>("quotes").Description("The tie's citations.").Resolve(c => c.Source.Quotes);
        Field<NonNullGraphType<IntGraphType>>("checkedQuotes").Description("Citations whose quote was checked against a text the graph holds (graph-seed's documents and passages, or a curated source's text).")
            .Resolve(c => c.Source.CheckedQuotes);
        Field<NonNullGraphType<BooleanGraphType>>("disputed").Description("True when another source's claim disagrees with this tie.").Resolve(c => c.Source.Disputed);
        Field<NonNullGraphType<ValidityEnum>>("validity").Description("Whether the tie's dates say it held on the day asked about (asOf, else today).").Resolve(c => c.Source.Validity);
        Field<NonNullGraphType<TieClassEnum>>("tie").Description("A tie between actors, or a topical one.").Resolve(c => c.Source.Tie);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons")
            .Description("Each point of the score in words, lost points with their number: \"1 independent source (−30)\".").Resolve(c => c.Source.Reasons);
    }
}
