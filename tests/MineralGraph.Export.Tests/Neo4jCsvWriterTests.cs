using MineralGraph.Export.Writers;
using MineralGraph.Testing.Export;

namespace MineralGraph.Export.Tests;

public class Neo4jCsvWriterTests
{
    static readonly Domain.Seed.SeedGraph Graph = FixtureGraph.Create();

    [Fact]
    public async Task Neo4jCsv_FixtureGraph_ZipHoldsNodesAndRelationshipsInImportLayout()
    {
        var zip = Neo4jCsvZip.Read(await AsyncOnlyStream.WriteAsync(ExportFormat.Neo4jCsv, ExportGraph.FromSeed(Graph)));

        Assert.Equal([Neo4jCsvWriter.NodesFile, Neo4jCsvWriter.RelationshipsFile, Neo4jCsvWriter.ReadmeFile], zip.EntryNames);
        Assert.Equal("id:ID", zip.NodeHeader[0]);
        Assert.Equal(":LABEL", zip.NodeHeader[1]);
        Assert.Equal([":START_ID", ":END_ID", ":TYPE"], zip.RelationshipHeader.Take(3));
        Assert.Equal(Graph.Entities.Count, zip.NodeRows.Count());
        Assert.Equal(Graph.Relations.Count, zip.RelationshipRows.Count());
        Assert.All(zip.NodeRows, r => Assert.Equal(zip.NodeHeader.Length, r.Length));
        Assert.All(zip.RelationshipRows, r => Assert.Equal(zip.RelationshipHeader.Length, r.Length));

        var ids = zip.NodeRows.Select(r => r[0]).ToHashSet();
        Assert.All(zip.RelationshipRows, r => Assert.Contains(r[0], ids));
        Assert.All(zip.RelationshipRows, r => Assert.Contains(r[1], ids));

        var usmca = Row(zip.NodeRows, zip.NodeHeader, "agreement/usmca");
        Assert.Equal("Entity\u001FAgreement", usmca[":LABEL"]);
        Assert.Equal("T-MEC\u001FCUSMA", usmca["aliases:string[]"]);
        Assert.Equal("2020-07-01", usmca["dateEarliest"]);
        Assert.Contains("t mec", usmca["searchText"]!.Split('\n'));
        Assert.Null(usmca["publisher"]);

        var member = zip.RelationshipRows.Single(r => r[3] == "rel/mexico-member-of-usmca");
        var m = zip.RelationshipHeader.Zip(member).ToDictionary(p => p.First!, p => p.Second);
        Assert.Equal("MEMBER_OF", m[":TYPE"]);
        Assert.Equal("Mexico is a party;\nsecond line\u001FAnother quote", m["evidenceQuotes:string[]"]);
        // One locator per evidence item, "" where there is none, so the lists stay parallel.
        Assert.Equal("\u001Fp. 2", m["evidenceLocators:string[]"]);
        Assert.Equal("2020-07-01", m["sinceEarliest"]);
        Assert.Null(m["until"]);
    }

    static Dictionary<string, string?> Row(IEnumerable<string?[]> rows, string?[] header, string id) =>
        header.Zip(rows.Single(r => r[0] == id)).ToDictionary(p => p.First!, p => p.Second);
}
