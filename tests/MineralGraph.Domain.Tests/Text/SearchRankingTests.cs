using MineralGraph.Domain.Text;
using static MineralGraph.Domain.Tests.Store.PlainGraph;

namespace MineralGraph.Domain.Tests.Text;

/// <summary>The search ranking every store applies to the names it found, on hand-made entities.</summary>
public sealed class SearchRankingTests
{
    static SearchRanking Ranking(string text) => new(SearchTerms.Of(text)!);

    [Fact]
    public void ExactPrimaryName_OutranksTheSameWordsAsAnAlias()
    {
        var ranking = Ranking("Mexico");
        ranking.Offer(E("agency/mexico-office", "Office of Mexico", "Mexico"));
        ranking.Offer(E("government/mexico", "Mexico", "México"));

        var hits = ranking.Top(10);

        Assert.Equal(["government/mexico", "agency/mexico-office"], hits.Select(h => h.Entity.Id));
        Assert.Equal(110 - 0.06, hits[0].Score, 9);
        Assert.Equal(100 - 0.06, hits[1].Score, 9);
        Assert.Equal("Mexico", hits[1].MatchedName);
    }

    [Fact]
    public void EqualScores_PreferThePrimaryNameThenTheEarlierAlias()
    {
        var ranking = Ranking("usmca");
        // Offered in any order, as a store's index yields them.
        var usmca = E("agreement/usmca", "Trade deal", "USMCA", "U.S.M.C.A.");
        ranking.Offer(usmca, 2, "U.S.M.C.A.", ["usmca"], "usmca", "usmca");
        ranking.Offer(usmca, 1, "USMCA", ["usmca"], "usmca", "usmca");

        Assert.Equal("USMCA", Assert.Single(ranking.Top(5)).MatchedName);
    }

    [Fact]
    public void Ties_OrderByShorterNameThenId_AndFirstCutsTheList()
    {
        var ranking = Ranking("lith");
        ranking.Offer(E("mineral/lithium-b", "Lithium"));
        ranking.Offer(E("mineral/lithium-a", "LITHIUM"));
        ranking.Offer(E("company/lithos", "Lithos"));
        ranking.Offer(E("mineral/gold", "Gold"));

        Assert.Equal(["company/lithos", "mineral/lithium-a", "mineral/lithium-b"], ranking.Top(10).Select(h => h.Entity.Id));
        Assert.Equal(["company/lithos"], ranking.Top(1).Select(h => h.Entity.Id));
    }

    [Fact]
    public void SpaceFreeQuery_MatchesNamesWrittenWithPunctuation()
    {
        var ranking = Ranking("tmec");
        ranking.Offer(E("agreement/usmca", "USMCA", "T-MEC"));

        var hit = Assert.Single(ranking.Top(5));
        Assert.Equal("T-MEC", hit.MatchedName);
        Assert.Equal(100 - 0.05, hit.Score, 9);
    }

    [Fact]
    public void PrimaryNameHoldingEveryWord_OutranksAnAliasHoldingThemFromItsStart()
    {
        // graph-seed's case: the Canada–US plan's own name holds "Joint Action Plan"; the US–Mexico plan only has an alias that does.
        var ranking = Ranking("Joint Action Plan");
        ranking.Offer(E("agreement/us-mexico", "US–Mexico Action Plan on Critical Minerals", "Joint Action Plan for Critical Minerals (Mexico–US)"));
        ranking.Offer(E("agreement/canada-us", "Canada–U.S. Joint Action Plan on Critical Minerals Collaboration (2020)"));

        var hits = ranking.Top(10);

        Assert.Equal(["agreement/canada-us", "agreement/us-mexico"], hits.Select(h => h.Entity.Id));
        Assert.Equal(85 + 10 - 0.01 * "canada us joint action plan on critical minerals collaboration 2020".Length, hits[0].Score, 9);
        Assert.Equal("Joint Action Plan for Critical Minerals (Mexico–US)", hits[1].MatchedName);
    }

    [Fact]
    public void NameHoldingTheWordsInOrder_OutranksAShorterOneHoldingThemInAnotherOrder()
    {
        // graph-seed's case: a report's title holds "joint", "action" and "plan", but not as the phrase typed.
        var ranking = Ranking("Joint Action Plan");
        ranking.Offer(E("source/report", "Mexico and Canada Plan Joint Action on Critical Minerals"));
        ranking.Offer(E("agreement/canada-us", "Canada–U.S. Joint Action Plan on Critical Minerals Collaboration (2020)"));

        var hits = ranking.Top(10);

        Assert.Equal(["agreement/canada-us", "source/report"], hits.Select(h => h.Entity.Id));
        Assert.Equal(70 + 10 - 0.01 * "mexico and canada plan joint action on critical minerals".Length, hits[1].Score, 9);
    }

    [Fact]
    public void NameHoldingEveryWholeWord_OutranksOneMatchedByWordBeginnings()
    {
        var ranking = Ranking("rare earth");
        ranking.Offer(E("mineral/rare-earth-magnets", "Rare earth magnets"));
        ranking.Offer(E("company/rareco", "Rarely Earthbound"));

        var hits = ranking.Top(10);

        Assert.Equal(["mineral/rare-earth-magnets", "company/rareco"], hits.Select(h => h.Entity.Id));
        Assert.Equal(85 + 10 - 0.18, hits[0].Score, 9);
        Assert.Equal(55 + 10 - 0.17, hits[1].Score, 9);
    }

    [Fact]
    public void ExactAlias_OutranksAPrimaryNameHoldingTheWord()
    {
        var ranking = Ranking("USMCA");
        ranking.Offer(E("agreement/usmca-2026-review", "USMCA 2026 joint review"));
        ranking.Offer(E("agreement/usmca", "United States–Mexico–Canada Agreement", "USMCA"));

        Assert.Equal(["agreement/usmca", "agreement/usmca-2026-review"], ranking.Top(10).Select(h => h.Entity.Id));
    }
}
