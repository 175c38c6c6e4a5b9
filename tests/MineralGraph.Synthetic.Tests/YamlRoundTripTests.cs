using MineralGraph.Domain.Seed;
using MineralGraph.Synthetic.Generation;

namespace MineralGraph.Synthetic.Tests;

public sealed class YamlRoundTripTests : IDisposable
{
    readonly string directory = Path.Combine(Path.GetTempPath(), "mg-synth-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void Write_ThenLoad_ValidatesWithNoErrorsAndGivesTheSameGraph()
    {
        var graph = SmallGraph.Graph;
        var reports = new List<int>();
        SeedWriter.Write(graph, directory, SourceDocuments.Of(graph), new SynchronousProgress(reports.Add));

        var loaded = SeedLoader.Load(directory);

        Assert.Empty(loaded.Errors);
        Assert.True(loaded.IsValid);
        Assert.Equal(graph.EntityCounts, loaded.Graph!.EntityCounts);
        Assert.Equal(graph.RelationCounts, loaded.Graph.RelationCounts);
        Assert.Equal(graph.EvidenceCount, loaded.Graph.EvidenceCount);
        var entities = loaded.Graph.Entities.ToDictionary(e => e.Id);
        Assert.All(graph.Entities, e => Assert.Equal(GraphText.Of(e), GraphText.Of(entities[e.Id])));
        var relations = loaded.Graph.Relations.ToDictionary(r => r.Id);
        Assert.All(graph.Relations, r => Assert.Equal(GraphText.Of(r), GraphText.Of(relations[r.Id])));
        Assert.Equal(graph.Entities.Count + graph.Relations.Count, reports[^1]);
    }

    [Fact]
    public void Write_FilesFollowTheSeedLayout()
    {
        SeedWriter.Write(SmallGraph.Graph, directory, SourceDocuments.Of(SmallGraph.Graph));
        Assert.True(File.Exists(Path.Combine(directory, "sources.yaml")));
        Assert.True(File.Exists(Path.Combine(directory, "entities", "governments.yaml")));
        Assert.True(File.Exists(Path.Combine(directory, "entities", "agencies.yaml")));
        Assert.True(File.Exists(Path.Combine(directory, "relations", "member-of.yaml")));
        Assert.False(File.Exists(Path.Combine(directory, "entities", "sources.yaml")));
    }

    [Fact]
    public void Write_IntoNonEmptyFolder_RefusesAndChangesNothing()
    {
        Directory.CreateDirectory(directory);
        var existing = Path.Combine(directory, "notes.txt");
        File.WriteAllText(existing, "keep me");

        var error = Assert.Throws<IOException>(() => SeedWriter.Write(SmallGraph.Graph, directory));

        Assert.Contains("not empty", error.Message);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(directory).Select(Path.GetFileName));
        Assert.Equal("keep me", File.ReadAllText(existing));
    }

    [Fact]
    public void Write_TextNeedingEscapes_RoundTrips()
    {
        var graph = SmallGraph.Graph;
        var odd = graph.Entities[0] with { Name = "Quote \" back\\slash\ttab \u2028 line — ünï", Aliases = ["a: b", "[x]", "#hash"] };
        var changed = graph with { Entities = [odd, .. graph.Entities.Skip(1)] };
        SeedWriter.Write(changed, directory, SourceDocuments.Of(changed));

        var loaded = SeedLoader.Load(directory);

        Assert.Empty(loaded.Errors);
        var back = loaded.Graph!.Entities.Single(e => e.Id == odd.Id);
        Assert.Equal(odd.Name, back.Name);
        Assert.Equal(odd.Aliases, back.Aliases);
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the test wants every report, in order, before it asserts.</summary>
    sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
