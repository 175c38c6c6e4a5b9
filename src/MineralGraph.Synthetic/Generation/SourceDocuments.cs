using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;

namespace MineralGraph.Synthetic.Generation;

/// <summary>
/// The documents of a synthetic graph's sources: a synthetic source says exactly what is quoted from it, so its
/// document is those quotes, one per line, in ordinal order (identical output for identical graphs). Written beside
/// the YAML by <see cref="SeedWriter"/>, they let <c>seed validate</c> check every quote, as it does for graph-seed
/// (a source's quotes must be found in its held text).
/// </summary>
public static class SourceDocuments
{
    /// <summary>Source id → (its file, its text), for every source that names a file (uncited ones get an empty document).</summary>
    public static IReadOnlyDictionary<string, (string File, string Text)> Of(SeedGraph graph)
    {
        var quotes = new Dictionary<string, (string File, HashSet<string> Quotes)>(StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            if (entity is { Kind: EntityKind.Source, File: { } file }) quotes[entity.Id] = (file, new HashSet<string>(StringComparer.Ordinal));
        }
        foreach (var relation in graph.Relations)
        {
            foreach (var evidence in relation.Evidence)
            {
                if (quotes.TryGetValue(evidence.SourceId, out var document)) document.Quotes.Add(evidence.Quote);
            }
        }
        return quotes.ToDictionary(
            p => p.Key,
            p => (p.Value.File, string.Concat(p.Value.Quotes.Order(StringComparer.Ordinal).Select(q => q + "\n"))),
            StringComparer.Ordinal);
    }
}
