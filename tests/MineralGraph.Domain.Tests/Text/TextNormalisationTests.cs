using MineralGraph.Domain.Text;

namespace MineralGraph.Domain.Tests.Text;

public sealed class TextNormalisationTests
{
    [Theory]
    [InlineData("Secretaría de Economía", "secretaria de economia")]
    [InlineData("T-MEC", "t mec")]
    [InlineData("U.S. Department of Energy", "us department of energy")]
    [InlineData("  Canada’s  plan ", "canadas plan")]
    [InlineData("MÉXICO", "mexico")]
    public void Fold_IgnoresCaseAccentsAndPunctuation(string text, string folded) => Assert.Equal(folded, SearchText.Fold(text));

    [Fact]
    public void QuoteText_MatchesAcrossQuoteMarksDashesCaseAndWhitespace()
    {
        var document = QuoteText.Normalise("The Canada–Mexico announcement\n does not name “specific” minerals.");
        Assert.True(QuoteText.IsFoundIn("the canada-mexico announcement does not name \"specific\" minerals", document));
        Assert.False(QuoteText.IsFoundIn("the canada-mexico announcement names minerals", document));
        Assert.False(QuoteText.IsFoundIn("   ", document));
    }
}
