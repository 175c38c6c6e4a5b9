using MineralGraph.Domain.Seed;

namespace MineralGraph.Store.Neo4j.Curation;

/// <summary>
/// The held text of graph-seed's sources (each source's <c>file</c>: a document or passages, see <see cref="HeldText"/>),
/// normalised for quote checks exactly as <c>CuratedGraph</c> reads it for the embedded store. A missing file gives no text.
/// </summary>
public static class SeedSourceTexts
{
    public static IEnumerable<(string Id, string Text)> Read(SeedGraph graph, string seedDirectory)
    {
        foreach (var source in graph.Entities.Where(e => e.File is not null))
        {
            if (HeldText.Normalised(seedDirectory, source.File!) is { } text) yield return (source.Id, text);
        }
    }
}
