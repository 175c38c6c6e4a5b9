using MineralGraph.Domain.Text;

namespace MineralGraph.Store.Tests.Contract;

/// <summary>Sources' held texts and where each quote stands in them (issue 17), on the contract seed.</summary>
public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task HeldSources_Article_WholeText_EveryQuoteLocatedInTextOrder()
    {
        var held = Assert.Single(await Store.GetHeldSourcesAsync(["source/fixture-article"]));

        Assert.NotNull(held);
        Assert.Equal(HeldTextKind.Document, held.Kind);
        Assert.Equal(File.ReadAllText(Path.Combine(ContractSeed.Directory, "documents", "fixture-article.txt")), held.Text);
        var expected = ContractSeed.Graph.Relations.Where(r => r.Retraction is null)
            .SelectMany(r => r.Evidence.Where(e => e.SourceId == "source/fixture-article").Select(e => (r.Id, e.Quote))).Order().ToList();
        Assert.Equal(expected, held.Citations.Select(c => (c.Relation.Id, c.Quote)).Order().ToList());
        Assert.All(held.Citations, c => Assert.Equal(QuoteText.Normalise(c.Quote), QuoteText.Normalise(held.Text![c.Start..c.End])));
        Assert.True(held.Citations.Zip(held.Citations.Skip(1)).All(p => p.First.Start <= p.Second.Start), "citations in text order");
        Assert.All(held.Citations, c => Assert.NotNull(c.Relation.Evidence[0].Source));
    }

    [Fact]
    public async Task HeldSources_PassagesUnknownAndNonSource_InTheOrderAsked()
    {
        var held = await Store.GetHeldSourcesAsync(["government/mexico", "source/fixture-outside-page", "source/nowhere", "source/fixture-article"]);

        Assert.Equal(4, held.Count);
        Assert.Null(held[0]);
        Assert.Null(held[2]);
        Assert.Equal(HeldTextKind.Passages, held[1]!.Kind);
        Assert.Equal("Japan refines dysprosium at a plant near Osaka, the page says.", held[1]!.Text);
        Assert.Equal("source/fixture-article", held[3]!.SourceId);
    }
}
