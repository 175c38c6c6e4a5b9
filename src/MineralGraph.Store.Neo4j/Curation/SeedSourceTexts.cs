using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Text;

namespace MineralGraph.Store.Neo4j.Curation;

/// <summary>
/// The held text of graph-seed's sources (each source's <c>file</c>: a document or passages, see <see cref="HeldText"/>):
/// as served (what <c>Source.text</c> returns and citations count in) and normalised for quote checks exactly as
/// <c>CuratedGraph</c> reads it for the embedded store. A missing file gives no text.
/// </summary>
public static class SeedSourceTexts
{
    public static IEnumerable<(string Id, SourceText Held)> Read(SeedGraph graph, string seedDirectory)
    {
        foreach (var source in graph.Entities.Where(e => e.File is not null))
        {
            if (HeldText.Raw(seedDirectory, source.File!) is { } text) yield return (source.Id, text);
        }
    }
}
