using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MineralGraph.Domain.Seed;

/// <summary>One YAML mapping (an entity, a source, a relation or an evidence item) with the line of each field.</summary>
internal sealed class YamlRecord(string file, int line, YamlMappingNode node)
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public YamlMappingNode Node { get; } = node;

    public IEnumerable<(string Key, YamlNode Value, int Line)> Fields =>
        Node.Children.Select(p => (((YamlScalarNode)p.Key).Value ?? "", p.Value, (int)p.Key.Start.Line));

    public bool Has(string key) => Node.Children.ContainsKey(new YamlScalarNode(key));

    public YamlNode? Get(string key) => Node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    public int LineOf(string key) =>
        Node.Children.FirstOrDefault(p => p.Key is YamlScalarNode s && s.Value == key).Key?.Start.Line is { } l ? (int)l : Line;
}

/// <summary>Reads a seed YAML file, which must be a list of mappings, reporting syntax problems as <see cref="SeedError"/>s.</summary>
internal static class YamlRecords
{
    public static List<YamlRecord> Read(string path, string relativeName, List<SeedError> errors)
    {
        var records = new List<YamlRecord>();
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            errors.Add(new SeedError(relativeName, (int)e.Start.Line, "(yaml)", Inner(e).Message));
            return records;
        }
        if (stream.Documents.Count == 0) return records;
        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Value: null or "" }) return records;
        if (root is not YamlSequenceNode list)
        {
            errors.Add(new SeedError(relativeName, (int)root.Start.Line, "(file)", "the file must be a YAML list of entries (each starting with '- ')"));
            return records;
        }
        foreach (var item in list)
        {
            if (item is YamlMappingNode map && map.Children.Keys.All(k => k is YamlScalarNode))
                records.Add(new YamlRecord(relativeName, (int)item.Start.Line, map));
            else
                errors.Add(new SeedError(relativeName, (int)item.Start.Line, "(entry)", "each entry must be a mapping of field: value"));
        }
        return records;
    }

    static Exception Inner(Exception e) => e.InnerException is YamlException inner ? inner : e;
}
