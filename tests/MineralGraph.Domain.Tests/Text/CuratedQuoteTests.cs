using MineralGraph.Domain.Text;

namespace MineralGraph.Domain.Tests.Text;

/// <summary>The curation quote rules on their edges: what counts as a word, a negation, and the same text.</summary>
public sealed class CuratedQuoteTests
{
    static readonly string Document = QuoteText.Normalise(
        "Canada’s minister met “partners” in Mexico City – in February. The pact isn't binding on Mexico, officials said. " +
        "Later the pact was binding on Mexico, officials said.");

    static string? Check(string quote) => CuratedQuote.LengthProblem(quote) ?? CuratedQuote.TextProblem(quote, Document, "source/s");

    [Theory]
    [InlineData("Canada's minister met \"partners\" in Mexico City")] // straight marks for curly ones
    [InlineData("minister met \"partners\" in Mexico City - in February")] // a hyphen for the dash
    [InlineData("binding on Mexico, officials said")] // negated once, but also found plainly
    [InlineData("The pact isn't binding on Mexico")]
    public void Quote_SupportedByTheText_IsAccepted(string quote) => Assert.Null(Check(quote));

    [Theory]
    [InlineData("s minister met \"partners\" in Mexico City", "inside a word")] // the s of Canada's
    [InlineData("Canada's minister met \"partners\" in Mexico Ci", "inside a word")]
    [InlineData("in February", "too short")]
    [InlineData("minister met partners in Toronto", "not found")]
    public void Quote_NotStandingOnItsOwn_IsRefused(string quote, string why) => Assert.Contains(why, Check(quote));

    [Fact]
    public void Quote_CutJustAfterANegation_NamesIt()
    {
        var text = QuoteText.Normalise("The mine will never reach full output before 2030, the report says.");
        Assert.Contains("\"never\"", CuratedQuote.TextProblem("reach full output before 2030", text, "source/s"));
        Assert.Null(CuratedQuote.TextProblem("will never reach full output", text, "source/s"));
    }

    [Theory]
    [InlineData("one two three four five", true)] // five words
    [InlineData("antidisestablishmentarian1", true)] // 26 characters
    [InlineData("one two three four", false)]
    [InlineData("- - - - - - a", false)] // dashes are no words
    public void Length_FiveWordsOr25Characters(string quote, bool longEnough) => Assert.Equal(longEnough, CuratedQuote.LengthProblem(quote) is null);
}
