using System.Text;
using MineralGraph.Domain.Model;

namespace MineralGraph.Synthetic.Yaml;

/// <summary>
/// The documents of a synthetic graph's sources: a synthetic source says exactly what is quoted from it, so its
/// document is those quotes, one per line. Written beside the YAML, they let <c>seed validate</c> check every quote,
/// as it does for graph-seed (a source's quotes must be found in its held text).
/// </summary>
internal sealed class SourceDocuments
{
    readonly Dictionary<string, (string File, HashSet<string> Quotes)> bySource = new(StringComparer.Ordinal);

    public void Add(Entity entity)
    {
        if (entity is { Kind: EntityKind.Source, File: { } file }) bySource[entity.Id] = (file, new HashSet<string>(StringComparer.Ordinal));
    }

    public void Add(Relation relation)
    {
        foreach (var evidence in relation.Evidence)
        {
            if (bySource.TryGetValue(evidence.SourceId, out var document)) document.Quotes.Add(evidence.Quote);
        }
    }

    /// <summary>Writes every source's document, uncited ones too (empty), quotes in ordinal order for identical output.</summary>
    public void Write(string directory)
    {
        foreach (var (file, quotes) in bySource.Values)
        {
            var path = Path.Combine(directory, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllLines(path, quotes.Order(StringComparer.Ordinal), new UTF8Encoding(false));
        }
    }
}
