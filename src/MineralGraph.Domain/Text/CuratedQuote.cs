namespace MineralGraph.Domain.Text;

/// <summary>
/// When a curator's quote stands as evidence in its source: long enough to say something (at least
/// <see cref="MinWords"/> words or <see cref="MinCharacters"/> characters), found in the source's text as whole words
/// (no word cut at either end, a hyphenated or apostrophe-joined word counting as one), and not cut just after a
/// negation ("is not owned by any government" does not support "owned by any government"). Matching ignores
/// whitespace, case, quote marks and dashes, as <see cref="QuoteText"/> does. The seed validator keeps its own rule
/// (<see cref="QuoteText.IsFoundIn"/>); this one is for curated changes.
/// </summary>
public static class CuratedQuote
{
    public const int MinWords = 5;
    public const int MinCharacters = 25;

    /// <summary>Words that, directly before a quote, reverse what it says; and any word ending in n't ("isn't", "won't").</summary>
    static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nor", "neither", "cannot", "without", "none", "nobody", "nothing", "nowhere", "hardly", "barely",
    };

    /// <summary>Why the quote is too short to stand as evidence, or null.</summary>
    public static string? LengthProblem(string quote)
    {
        var normalised = QuoteText.Normalise(quote);
        var words = Words(normalised);
        return words < MinWords && normalised.Length < MinCharacters
            ? $"is too short to stand as evidence ({words} {(words == 1 ? "word" : "words")}, {normalised.Length} characters): quote at least {MinWords} words or {MinCharacters} characters"
            : null;
    }

    /// <summary>
    /// Why the quote is not supported by the source's text (normalised with <see cref="QuoteText.Normalise"/>), or
    /// null when it is found there as whole words with no negation just before it.
    /// </summary>
    public static string? TextProblem(string quote, string normalisedText, string sourceId)
    {
        var q = QuoteText.Normalise(quote);
        if (q.Length == 0) return $"not found in the text of {sourceId}";
        string? negation = null;
        var cut = false;
        for (var at = normalisedText.IndexOf(q, StringComparison.Ordinal); at >= 0; at = normalisedText.IndexOf(q, at + 1, StringComparison.Ordinal))
        {
            if (CutsAWord(normalisedText, at, q.Length))
            {
                cut = true;
                continue;
            }
            if (NegationBefore(normalisedText, at) is { } word)
            {
                negation ??= word;
                continue;
            }
            return null;
        }
        if (negation is not null)
            return $"is preceded in the text of {sourceId} by \"{negation}\", which the quote leaves out and which reverses it: quote the negation too";
        return cut
            ? $"starts or ends inside a word of the text of {sourceId}: quote whole words"
            : $"not found in the text of {sourceId}";
    }

    static int Words(string normalised) =>
        normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    /// <summary>True when the match at [at, at+length) starts or ends in the middle of a word of the text.</summary>
    static bool CutsAWord(string text, int at, int length)
    {
        var end = at + length;
        return (char.IsLetterOrDigit(text[at]) && at > 0 && IsWordChar(text, at - 1)) ||
               (char.IsLetterOrDigit(text[end - 1]) && end < text.Length && IsWordChar(text, end));
    }

    /// <summary>A letter or digit, or a hyphen or apostrophe joining two (non-binding, Canada's): part of the word either side.</summary>
    static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c)) return true;
        return c is '-' or '\'' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
    }

    /// <summary>The negation that is the word directly before <paramref name="at"/> (spaces and opening quote marks between), or null.</summary>
    static string? NegationBefore(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] is ' ' or '"' or '\'') i--;
        var end = i + 1;
        while (i >= 0 && (char.IsLetterOrDigit(text[i]) || text[i] == '\'')) i--;
        var word = text[(i + 1)..end];
        return Negations.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal) ? word : null;
    }
}
