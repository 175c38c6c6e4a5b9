using MineralGraph.Cli.Commands;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Synthetic;
using MineralGraph.Testing;
using MineralGraph.Testing.Neo4j;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Cli.Tests;

/// <summary>
/// <c>seed load</c> and <c>synth --neo4j</c> refuse to replace a database holding curated changes ((:Change) nodes,
/// written by the Neo4j curation store) unless told to discard them; the refusal writes nothing.
/// </summary>
[RequiresNeo4j]
[Collection(Neo4jWriters.Name)]
public sealed class SeedLoadRefusalTests(Neo4jFixture neo4j) : IClassFixture<Neo4jFixture>
{
    [Fact]
    public async Task SeedLoad_DatabaseWithCuratedChanges_RefusesUntilToldToDiscard()
    {
        await neo4j.Client.WriteAsync(new CypherStatement("MATCH (n) DETACH DELETE n"));
        await neo4j.Client.WriteAsync(new CypherStatement("UNWIND range(1, 2) AS i CREATE (:Change {seq: i})"));
        var seed = RepositoryPaths.GraphSeed;
        var output = new StringWriter();

        var refused = await SeedLoadCommand.RunAsync(seed, neo4j.Instance.Settings, output, showProgress: false);

        Assert.Equal(3, refused);
        Assert.Contains("holds 2 curated change(s)", output.ToString());
        Assert.Contains("--discard-curated", output.ToString());
        Assert.Equal(0, (await neo4j.Store.CountAsync()).Entities.Values.Sum());
        Assert.Equal(2, await CountChangesAsync());

        var loaded = await SeedLoadCommand.RunAsync(seed, neo4j.Instance.Settings, output, showProgress: false, discardCurated: true);

        Assert.True(loaded == 0, output.ToString());
        Assert.Equal(0, await CountChangesAsync());
        Assert.NotNull(await neo4j.Store.GetEntityAsync("government/mexico"));
    }

    [Fact]
    public async Task Synth_DatabaseWithCuratedChanges_Refuses()
    {
        await neo4j.Client.WriteAsync(new CypherStatement("MATCH (n) DETACH DELETE n"));
        await neo4j.Client.WriteAsync(new CypherStatement("CREATE (:Change {seq: 1})"));
        var error = new StringWriter();
        var options = new SyntheticGraphOptions { Seed = 3, Entities = 1_000, Relations = 2_000 };

        var code = await SynthCommand.RunAsync(new SynthRequest(options, null, neo4j.Instance.HttpUri.ToString()), new StringWriter(), error, interactive: false, neo4j.Instance.Settings);

        Assert.Equal(1, code);
        Assert.Contains("holds 1 curated change(s)", error.ToString());
        Assert.Equal(0, (await neo4j.Store.CountAsync()).Entities.Values.Sum());
        await neo4j.Client.WriteAsync(new CypherStatement("MATCH (c:Change) DELETE c"));
    }

    async Task<long> CountChangesAsync() =>
        (await neo4j.Client.ReadAsync(new CypherStatement("MATCH (c:Change) RETURN count(c) AS changes"))).Rows.Single().Get<long>("changes");
}
