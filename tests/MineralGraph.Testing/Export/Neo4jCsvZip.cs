using System.IO.Compression;
using MineralGraph.Export.Writers;

namespace MineralGraph.Testing.Export;

/// <summary>The two CSV files of a neo4j-csv export, parsed, plus the raw texts.</summary>
public sealed record Neo4jCsvZip(List<string?[]> Nodes, List<string?[]> Relationships, IReadOnlyList<string> EntryNames)
{
    public static Neo4jCsvZip Read(byte[] zipBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        string Text(string name)
        {
            var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"the zip has no {name}");
            using var reader = new StreamReader(entry.Open());
            return reader.ReadToEnd();
        }
        return new Neo4jCsvZip(CsvRecords.Parse(Text(Neo4jCsvWriter.NodesFile)), CsvRecords.Parse(Text(Neo4jCsvWriter.RelationshipsFile)),
            zip.Entries.Select(e => e.FullName).ToList());
    }

    public string?[] NodeHeader => Nodes[0];
    public string?[] RelationshipHeader => Relationships[0];
    public IEnumerable<string?[]> NodeRows => Nodes.Skip(1);
    public IEnumerable<string?[]> RelationshipRows => Relationships.Skip(1);
}
