using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Seed;
using MineralGraph.Testing;
using MineralGraph.Testing.Seed;

namespace MineralGraph.Domain.Tests.Seed;

public sealed class SeedWriterTests
{
    static IEnumerable<string> Snapshots(SeedGraph g) =>
        g.Entities.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => GraphJson.Snapshot(e with { File = null }))
            .Concat(g.Relations.OrderBy(r => r.Id, StringComparer.Ordinal).Select(GraphJson.Snapshot));

    [Fact]
    public void Write_RealSeed_ReadsBackIdentical()
    {
        var seedPath = RepositoryPaths.GraphSeed;
        var curated = new CuratedGraph(SeedLoader.LoadValid(seedPath), seedPath);
        var (graph, documents) = curated.ForExport(seedPath);
        var output = Directory.CreateTempSubdirectory("mg-export-").FullName;
        try
        {
            SeedWriter.Write(graph, output, documents);
            var reread = SeedLoader.Load(output);
            Assert.True(reread.IsValid, string.Join("\n", reread.Errors.Take(10)));
            Assert.Equal(Snapshots(graph), Snapshots(reread.Graph!));
            Assert.Equal(5, Directory.GetFiles(Path.Combine(output, "documents")).Length);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Write_CuratedChanges_SurviveTheRoundTrip()
    {
        using var folder = new SeedFolder();
        var curated = new CuratedGraph(SeedLoader.LoadValid(folder.Path), folder.Path);
        var at = new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);
        curated.Apply(new AddSource("source/wire", "Wire \"story\"\nwith a newline") { Text = "Ebrard met LeBlanc." }, "ana", at);
        curated.Apply(new CreateEntity("agency/economy-ministry", new EntityFieldsInput { Name = "Economy ministry", Description = "x" }), "ana", at);
        curated.Apply(new MergeEntities("agency/secretaria-de-economia", "agency/economy-ministry"), "ana", at);
        curated.Apply(new RetractRelation("rel/agency-part-of-mexico", "no source text"), "ana", at);
        var (graph, documents) = curated.ForExport(folder.Path);
        var output = Directory.CreateTempSubdirectory("mg-export-").FullName;
        try
        {
            SeedWriter.Write(graph, output, documents);
            var reread = SeedLoader.LoadValid(output);
            Assert.Equal(Snapshots(graph), Snapshots(reread));
            Assert.Equal("agency/secretaria-de-economia", reread.MergedInto["agency/economy-ministry"]);
            Assert.Equal("no source text", reread.Relations.Single(r => r.Id == "rel/agency-part-of-mexico").Retraction!.Reason);
            Assert.Equal("Ebrard met LeBlanc.", File.ReadAllText(Path.Combine(output, "documents/curated/wire.txt")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
