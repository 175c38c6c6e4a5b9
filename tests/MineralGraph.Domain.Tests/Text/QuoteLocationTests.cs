using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Text;
using MineralGraph.Testing;

namespace MineralGraph.Domain.Tests.Text;

/// <summary>
/// <see cref="QuoteText.Locate"/>: where a quote stands in the raw held text, matched with the validator's normalisation
/// (whitespace, case, quote marks, dashes), offsets in the raw text as served.
/// </summary>
public sealed class QuoteLocationTests
{
    static string At(string text, string quote) => QuoteText.Locate(text, quote) is var (start, end) ? text[start..end] : "(not found)";

    [Fact]
    public void PlainQuote_ExactOffsets()
    {
        const string text = "First sentence. Mexico joined the USMCA. Last.";
        Assert.Equal((16, 40), QuoteText.Locate(text, "Mexico joined the USMCA."));
    }

    [Fact]
    public void CurlyQuotesAndDashes_MatchStraightOnes_OffsetsInTheRawText()
    {
        const string text = "He said “it’s a deal” — the Canada–Mexico plan.";
        Assert.Equal("“it’s a deal” — the Canada–Mexico", At(text, "\"it's a deal\" - the Canada-Mexico"));
    }

    [Fact]
    public void QuoteAcrossALineWrap_SpansTheBreak()
    {
        const string text = "The United States, Canada and Japan are\n   members of the Minerals\r\nSecurity Partnership.";
        Assert.Equal("Canada and Japan are\n   members of the Minerals\r\nSecurity Partnership", At(text, "Canada and Japan are members of the Minerals Security Partnership"));
    }

    [Fact]
    public void CaseAndLeadingWhitespace_Ignored_FirstOccurrenceWins()
    {
        const string text = "  \n lithium. LITHIUM reserves; lithium reserves.";
        Assert.Equal((13, 29), QuoteText.Locate(text, "Lithium  reserves"));
        Assert.Equal((4, 12), QuoteText.Locate(text, "lithium."));
    }

    [Fact]
    public void Missing_OrEmpty_Null()
    {
        Assert.Null(QuoteText.Locate("Mexico and Canada.", "Japan"));
        Assert.Null(QuoteText.Locate("Mexico and Canada.", "  "));
        // A quote may not run from one passage into the next: the ¶ mark stands between them.
        Assert.Null(QuoteText.Locate("end of one.\n\n¶\n\nStart of two.", "end of one. Start of two."));
    }

    [Fact]
    public void NoText_HeldSourceSaysNone()
    {
        var held = HeldSource.Of("source/x", null, []);
        Assert.Equal((HeldTextKind.None, null, 0), (held.Kind, held.Text, held.Citations.Count));
    }

    [Fact]
    public void RealSeed_EveryQuoteIsLocated_AndItsPassageNormalisesToTheQuote()
    {
        var graph = RealSeed.Seed;
        var located = 0;
        var problems = new List<string>();
        foreach (var source in graph.Entities.Where(e => e.Kind == EntityKind.Source))
        {
            var held = HeldSource.Of(source.Id, graph.Texts.GetValueOrDefault(source.Id), graph.Relations);
            foreach (var c in held.Citations)
            {
                if (QuoteText.Normalise(held.Text![c.Start..c.End]) != QuoteText.Normalise(c.Quote)) problems.Add($"{c.Relation.Id}: '{c.Quote}'");
                located++;
            }
        }
        Assert.Empty(problems);
        Assert.Equal(graph.Relations.Where(r => r.Retraction is null).Sum(r => r.Evidence.Count), located);
        Assert.Equal(298, located);
    }

    [Fact]
    public void RealSeed_HeldTextKinds_DocumentsAndPassages()
    {
        var texts = RealSeed.Seed.Texts;
        Assert.Equal(HeldTextKind.Document, texts["source/canada-mexico-strategic-choice"].Kind);
        Assert.Equal(HeldTextKind.Passages, texts["source/el-universal-usmca-july-1"].Kind);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.GraphSeed, RealSeed.Seed.Entities.Single(e => e.Id == "source/canada-mexico-strategic-choice").File!)),
            texts["source/canada-mexico-strategic-choice"].Text);
    }
}
