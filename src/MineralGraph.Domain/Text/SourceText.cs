using MineralGraph.Domain.Model;

namespace MineralGraph.Domain.Text;

/// <summary>Which text the project holds for a source.</summary>
public enum HeldTextKind
{
    /// <summary>The whole document (a graph-seed article, or the full text a curator gave with addSource).</summary>
    Document,
    /// <summary>Passages of an outside page around each quote taken from it, separated by a line holding ¶.</summary>
    Passages,
    /// <summary>No text is held.</summary>
    None,
}

/// <summary>The text held for a source, as served: quotes are located in it and offsets count in it.</summary>
public sealed record SourceText(HeldTextKind Kind, string Text);

/// <summary>Where one quote citing a source stands in its held text (UTF-16 offsets, <see cref="End"/> exclusive), with the relation it supports.</summary>
public sealed record Citation(string Quote, Relation Relation, int Start, int End);

/// <summary>
/// A source's held text and where each quote citing it stands in that text: what <c>Source.text</c> and
/// <c>Source.citations</c> serve. Stores fetch the text and the citing relations; <see cref="Of"/> places the quotes.
/// </summary>
public sealed record HeldSource(string SourceId, HeldTextKind Kind, string? Text, IReadOnlyList<Citation> Citations)
{
    /// <summary>
    /// Places every quote of <paramref name="citing"/> that cites <paramref name="sourceId"/> (retracted claims aside) in
    /// <paramref name="text"/> with <see cref="QuoteText.Locate"/>, in text order (then by end, relation id, quote).
    /// A quote not found is left out: graph-seed's validator and curation refuse such quotes, so none should be.
    /// </summary>
    public static HeldSource Of(string sourceId, SourceText? text, IEnumerable<Relation> citing)
    {
        if (text is null) return new HeldSource(sourceId, HeldTextKind.None, null, []);
        var citations = new List<Citation>();
        foreach (var relation in citing.Where(r => r.Retraction is null))
        {
            foreach (var evidence in relation.Evidence.Where(e => e.SourceId == sourceId))
            {
                if (QuoteText.Locate(text.Text, evidence.Quote) is var (start, end))
                    citations.Add(new Citation(evidence.Quote, relation, start, end));
            }
        }
        citations.Sort((a, b) =>
        {
            var c = a.Start.CompareTo(b.Start);
            if (c == 0) c = a.End.CompareTo(b.End);
            if (c == 0) c = string.CompareOrdinal(a.Relation.Id, b.Relation.Id);
            return c != 0 ? c : string.CompareOrdinal(a.Quote, b.Quote);
        });
        return new HeldSource(sourceId, text.Kind, text.Text, citations);
    }
}
