using MineralGraph.Cli.Commands;
using MineralGraph.Domain.Seed;
using MineralGraph.Synthetic;

namespace MineralGraph.Cli.Tests;

public sealed class SynthCommandTests : IDisposable
{
    readonly string directory = Path.Combine(Path.GetTempPath(), "mg-synth-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }

    static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var command = SynthCommand.Create();
        var parse = command.Parse(args);
        Assert.Empty(parse.Errors);
        var request = new SynthRequest(
            new SyntheticGraphOptions
            {
                Seed = parse.GetValue<int>("--seed"),
                Entities = parse.GetValue<int>("--entities"),
                Relations = parse.GetValue<int>("--relations"),
            },
            parse.GetValue<string?>("--out"),
            parse.GetValue<string?>("--neo4j"));
        var code = await SynthCommand.RunAsync(request, output, error, interactive: false);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Synth_SmallGraph_WritesSeedThatValidates()
    {
        var (code, output, error) = await Run("--seed", "5", "--entities", "1500", "--relations", "6000", "--out", directory);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("generated 1,500 entities, 6,000 relations", output);
        Assert.Contains("(100%)", output);
        var loaded = SeedLoader.Load(directory);
        Assert.Empty(loaded.Errors);
        Assert.Equal(1_500, loaded.Graph!.Entities.Count);
        Assert.Equal(6_000, loaded.Graph.Relations.Count);
    }

    [Fact]
    public async Task Synth_SameSeedTwice_WritesIdenticalFiles()
    {
        var second = directory + "-again";
        try
        {
            await Run("--seed", "9", "--entities", "1000", "--relations", "2000", "--out", directory);
            await Run("--seed", "9", "--entities", "1000", "--relations", "2000", "--out", second);
            var files = Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(directory, f)).Order().ToList();
            Assert.NotEmpty(files);
            Assert.All(files, f => Assert.Equal(File.ReadAllText(Path.Combine(directory, f)), File.ReadAllText(Path.Combine(second, f))));
        }
        finally
        {
            if (Directory.Exists(second)) Directory.Delete(second, recursive: true);
        }
    }

    [Fact]
    public async Task Synth_BadSizes_ExplainsAndWritesNothing()
    {
        var (code, _, error) = await Run("--entities", "500", "--relations", "600", "--out", directory);

        Assert.Equal(1, code);
        Assert.Contains("--entities must be between 1,000", error);
        Assert.Contains("at least twice the entities", error);
        Assert.False(Directory.Exists(directory));
    }

    [Fact]
    public async Task Synth_NonEmptyOutput_RefusesAndLeavesItAlone()
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "keep.txt"), "x");

        var (code, _, error) = await Run("--entities", "1000", "--relations", "2000", "--out", directory);

        Assert.Equal(1, code);
        Assert.Contains("not empty", error);
        Assert.Single(Directory.EnumerateFileSystemEntries(directory));
    }

    [Fact]
    public async Task Synth_NoDestination_AsksForOne()
    {
        var (code, _, error) = await Run("--entities", "1000", "--relations", "2000");
        Assert.Equal(1, code);
        Assert.Contains("give --out DIR, --neo4j URI or both", error);
    }

    [Fact]
    public async Task Synth_BadNeo4jAddress_IsRejectedBeforeGenerating()
    {
        var (code, output, error) = await Run("--entities", "1000", "--relations", "2000", "--neo4j", "bolt://localhost:7687");
        Assert.Equal(1, code);
        Assert.Contains("not an http(s) address", error);
        Assert.DoesNotContain("generated", output);
    }

    [Fact]
    public async Task Synth_IntoUnreachableNeo4j_FailsWithTheAddress()
    {
        var error = new StringWriter();
        var options = new SyntheticGraphOptions { Seed = 1, Entities = 1_000, Relations = 2_000 };

        var code = await SynthCommand.RunAsync(new SynthRequest(options, null, "http://127.0.0.1:9"), new StringWriter(), error, interactive: false,
            new Dictionary<string, string?>());

        Assert.Equal(1, code);
        Assert.Contains("loading into Neo4j at http://127.0.0.1:9 failed", error.ToString());
    }
}
