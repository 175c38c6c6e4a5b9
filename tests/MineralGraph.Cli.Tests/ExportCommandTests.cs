using System.CommandLine;
using MineralGraph.Domain.Store;
using MineralGraph.Export;
using MineralGraph.Testing;
using MineralGraph.Testing.Export;

namespace MineralGraph.Cli.Tests;

/// <summary><c>mineralgraph export</c> run through the real command tree (<see cref="MineralGraphCommand"/>) on the real seed.</summary>
public sealed class ExportCommandTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("mineralgraph-export-").FullName;

    static async Task<(int Code, string Errors)> RunAsync(params string[] args)
    {
        var errors = new StringWriter();
        var code = await MineralGraphCommand.Create().Parse(["export", "--seed", RepositoryPaths.GraphSeed, .. args])
            .InvokeAsync(new InvocationConfiguration { Error = errors, Output = TextWriter.Null });
        return (code, errors.ToString());
    }

    [Fact]
    public async Task Export_LithiumAsGexfToAFile_WritesItAndSaysWhat()
    {
        var file = Path.Combine(folder, "lithium.gexf");

        var (code, errors) = await RunAsync("--format", "gexf", "--id", "mineral/lithium", "--depth", "1", "--out", file, "--progress", "never");

        Assert.Equal(0, code);
        var (nodes, edges) = ExportedCounts.Ids(ExportFormat.Gexf, await File.ReadAllBytesAsync(file));
        var expected = await RealSeed.Store().GetNeighbourhoodAsync(new NeighbourhoodQuery { Id = "mineral/lithium" });
        Assert.Equal(expected.Nodes.Count, nodes.Count);
        Assert.Equal(expected.Edges.Count, edges.Count);
        Assert.Contains($"{nodes.Count} entities and {edges.Count} ties", errors);
        Assert.Equal(["lithium.gexf"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Export_WholeGraphAsNeo4jCsv_HoldsTheWholeSeed()
    {
        var file = Path.Combine(folder, "graph.zip");

        var (code, _) = await RunAsync("-f", "neo4j-csv", "-o", file, "--progress", "always");

        Assert.Equal(0, code);
        var (nodes, edges) = ExportedCounts.Ids(ExportFormat.Neo4jCsv, await File.ReadAllBytesAsync(file));
        Assert.Equal(RealSeed.Seed.Entities.Count, nodes.Count);
        Assert.Equal(RealSeed.Seed.Relations.Count, edges.Count);
    }

    [Fact]
    public async Task Export_BadDepthAndUnknownFormat_NameTheOptionsAndWriteNothing()
    {
        var file = Path.Combine(folder, "never.gexf");

        var (code, errors) = await RunAsync("--format", "svg", "--id", "mineral/lithium", "--depth", "9", "--out", file);

        Assert.Equal(1, code);
        Assert.Contains("--format: 'svg' is not a format", errors);
        Assert.Contains("--depth: '9'", errors);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task Export_UnknownEntity_FailsAndLeavesAnExistingFileAlone()
    {
        var file = Path.Combine(folder, "kept.graphml");
        await File.WriteAllTextAsync(file, "earlier export");

        var (code, errors) = await RunAsync("--format", "graphml", "--id", "mineral/unobtainium", "--out", file);

        Assert.Equal(1, code);
        Assert.Contains("no entity 'mineral/unobtainium'", errors);
        Assert.Equal("earlier export", await File.ReadAllTextAsync(file));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
