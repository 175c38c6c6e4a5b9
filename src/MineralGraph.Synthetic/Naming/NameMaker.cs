using MineralGraph.Synthetic.Generation;

namespace MineralGraph.Synthetic.Naming;

/// <summary>Invented but plausible names: "Korvane Lithium Corp", "Talmiria", "Ana K. Sato".</summary>
internal sealed class NameMaker(Pcg32 random)
{
    /// <summary>Two or three syllables, capitalised: a place or brand stem.</summary>
    public string Stem()
    {
        var count = random.Chance(0.7) ? 2 : 3;
        Span<char> buffer = stackalloc char[24];
        var length = 0;
        for (var i = 0; i < count; i++)
        {
            var syllable = random.Pick(Vocabulary.Syllables);
            syllable.AsSpan().CopyTo(buffer[length..]);
            length += syllable.Length;
        }
        buffer[0] = char.ToUpperInvariant(buffer[0]);
        return new string(buffer[..length]);
    }

    public string Country() => Stem() + random.Pick(Vocabulary.CountryEndings);

    public string Person() => $"{random.Pick(Vocabulary.FirstNames)} {(char)('A' + random.Next(26))}. {random.Pick(Vocabulary.LastNames)}";

    /// <summary>The capitals of a name's words, for aliases: "Korvane Lithium Corp" → "KLC".</summary>
    public static string Initials(string name)
    {
        Span<char> buffer = stackalloc char[16];
        var length = 0;
        var atWordStart = true;
        foreach (var c in name)
        {
            if (c == ' ' || c == '-') { atWordStart = true; continue; }
            if (atWordStart && char.IsLetter(c) && length < buffer.Length) buffer[length++] = char.ToUpperInvariant(c);
            atWordStart = false;
        }
        return new string(buffer[..length]);
    }
}
