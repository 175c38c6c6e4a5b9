using MineralGraph.Cli.Commands;
using MineralGraph.Synthetic;
using MineralGraph.Testing.Neo4j;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Cli.Tests;

/// <summary>Community edition has one database: the classes that write it run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jWriters
{
    public const string Name = "neo4j writers";
}

/// <summary><c>synth --neo4j</c> loads the generated graph through the Neo4j store's seed writer into a real Neo4j.</summary>
[RequiresNeo4j]
[Collection(Neo4jWriters.Name)]
public sealed class SynthNeo4jTests(Neo4jFixture neo4j) : IClassFixture<Neo4jFixture>
{
    [Fact]
    public async Task Synth_IntoNeo4j_LoadsEveryEntityAndRelation()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var options = new SyntheticGraphOptions { Seed = 11, Entities = 1_000, Relations = 3_000 };
        var uri = neo4j.Instance.HttpUri.ToString();

        var code = await SynthCommand.RunAsync(new SynthRequest(options, null, uri), output, error, interactive: false, neo4j.Instance.Settings);

        Assert.True(code == 0, error.ToString());
        Assert.Contains("loaded 1,000 entities and 3,000 relations", output.ToString());
        var counts = await neo4j.Store.CountAsync();
        Assert.Equal(1_000, counts.Entities.Values.Sum());
        Assert.Equal(3_000, counts.Relations.Values.Sum());
        var china = await neo4j.Store.GetEntityAsync("government/china");
        Assert.Equal("China", china?.Name);
    }
}
