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
        ranking.Offer(usmca, "trade deal", 2, "U.S.M.C.A.", ["usmca"], "usmca", "usmca");
        ranking.Offer(usmca, "trade deal", 1, "USMCA", ["usmca"], "usmca", "usmca");

        Assert.Equal("USMCA", Assert.Single(ranking.Top(5)).MatchedName);
    }

    [Fact]
    public void Ties_OrderByFoldedPrimaryNameThenId_AndFirstCutsTheList()
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
}
