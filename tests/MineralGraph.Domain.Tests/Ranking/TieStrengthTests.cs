using MineralGraph.Domain.Model;
using MineralGraph.Domain.Ranking;
using MineralGraph.Domain.Time;

namespace MineralGraph.Domain.Tests.Ranking;

public sealed class TieStrengthTests
{
    static readonly DateOnly Day = new(2026, 12, 2);

    static Entity Source(string id, string? publisher) => new() { Id = id, Kind = EntityKind.Source, Name = id, Publisher = publisher };

    static Relation Tie(RelationKind kind, string from, string to, params Evidence[] evidence) =>
        new() { Id = "rel/x", Kind = kind, From = from, To = to, Evidence = evidence };

    [Fact]
    public void EveryRelationKind_IsClassifiedWithAReason()
    {
        Assert.Equal(Enum.GetValues<RelationKind>().Order(), TieClasses.ByKind.Keys.Order());
        Assert.All(TieClasses.ByKind.Values, v => Assert.False(string.IsNullOrWhiteSpace(v.Reason)));
        // Minerals are subjects: even an actor kind touching one is topical.
        Assert.Equal(TieClass.Topical, TieClasses.Of(RelationKind.PartOf, EntityKind.Mineral, EntityKind.Mineral));
        Assert.Equal(TieClass.Actor, TieClasses.Of(RelationKind.MemberOf, EntityKind.Government, EntityKind.Agreement));
    }

    [Fact]
    public void OneSourceUndatedTopical_Scores40WithEveryReason()
    {
        // The seed's "the MSP covers lithium": one publisher, checked quote, undated, topical.
        var tie = Tie(RelationKind.Covers, "agreement/msp", "mineral/lithium", new Evidence("source/a", "q") { Source = Source("source/a", "State") });

        var strength = TieStrength.Of(tie, Day);

        Assert.Equal(100 - 30 - 10 - 20, strength.Score);
        Assert.Equal(TieClass.Topical, strength.Tie);
        Assert.Equal(
            ["1 independent source (−30)", "its quote checked against the source's held text", "not disputed",
             "its dates cannot tell whether it held on 2026-12-02 (−10)", "a topical tie (COVERS): the two only share a subject (−20)"],
            strength.Reasons);
    }

    [Fact]
    public void ThreePublishersOneUnchecked_DisputedAndEnded_LosesForEach()
    {
        var tie = Tie(RelationKind.MemberOf, "government/mexico", "agreement/nafta",
            new Evidence("source/a", "q") { Source = Source("source/a", "Reuters") },
            new Evidence("source/b", "q") { Source = Source("source/b", "reuters ") },
            new Evidence("source/c", "q") { Source = Source("source/c", "AP") },
            new Evidence("source/d", "q")) with
        {
            DisputedBy = ["rel/y"], Until = PartialDate.Parse("2020-07-01"),
        };

        var strength = TieStrength.Of(tie, Day);

        // Reuters counts once (case and spaces aside); the uncited source/d counts by itself: 3 publishers.
        Assert.Equal(3, strength.IndependentSources);
        Assert.Equal((4, 3), (strength.Quotes, strength.CheckedQuotes));
        Assert.Equal(100 - 0 - 10 - 30 - 40, strength.Score);
    }
}
