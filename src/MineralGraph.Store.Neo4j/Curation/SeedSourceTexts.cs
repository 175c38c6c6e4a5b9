using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Text;

namespace MineralGraph.Store.Neo4j.Curation;

/// <summary>
/// The documents of graph-seed's sources (each source's <c>file</c>, inside the seed folder), normalised for
/// quote checks exactly as <c>CuratedGraph</c> reads them for the embedded store. A missing file gives no text.
/// </summary>
public static class SeedSourceTexts
{
    public static IEnumerable<(string Id, string Text)> Read(SeedGraph graph, string seedDirectory)
    {
        foreach (var source in graph.Entities.Where(e => e.File is not null))
        {
            var path = Path.Combine(seedDirectory, source.File!);
            if (File.Exists(path)) yield return (source.Id, QuoteText.Normalise(File.ReadAllText(path)));
        }
    }
}
