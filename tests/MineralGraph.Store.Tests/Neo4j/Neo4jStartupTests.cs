using MineralGraph.Store.Neo4j;
using MineralGraph.Testing.Neo4j;
using MineralGraph.Testing.Xunit;
using Xunit.Abstractions;

namespace MineralGraph.Store.Tests.Neo4j;

/// <summary>The start-up check turns every way Neo4j can be unusable into one line; the shared server's start-up time is reported.</summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jStartupTests(Neo4jFixture neo4j, ITestOutputHelper output) : IClassFixture<Neo4jFixture>
{
    [Fact]
    public void SharedServer_StartedOnce_ReportsItsStartupTime()
    {
        output.WriteLine($"Neo4j ({neo4j.Instance.Origin}) was ready in {neo4j.Instance.StartupTime.TotalSeconds:0.0} s");
        Assert.True(neo4j.Instance.StartupTime > TimeSpan.Zero || neo4j.Instance.Origin == "NEO4J_URI");
    }

    [Fact]
    public async Task Prepare_RightSettings_IsReady()
    {
        await using var services = Neo4jFixture.CreateServices(neo4j.Instance);

        Assert.Null(await services.PrepareNeo4jAsync());
    }

    [Fact]
    public async Task Prepare_WrongPassword_OneLineNamingTheUser()
    {
        await using var services = Neo4jFixture.CreateServices(neo4j.Instance with { Password = "not-the-password" });

        var problem = await services.PrepareNeo4jAsync();

        Assert.Equal($"Neo4j at {neo4j.Instance.HttpUri.ToString().TrimEnd('/')} (database 'neo4j') refused user 'neo4j': wrong NEO4J_USER or NEO4J_PASSWORD", problem);
    }

    [Fact]
    public async Task Prepare_NothingListening_OneLineSayingUnreachable()
    {
        await using var services = Neo4jFixture.CreateServices(neo4j.Instance with { HttpUri = new Uri("http://127.0.0.1:9") }, o => o.ReadRetries = 0);

        var problem = await services.PrepareNeo4jAsync();

        Assert.NotNull(problem);
        Assert.StartsWith("Neo4j at http://127.0.0.1:9 (database neo4j) is unreachable", problem);
        Assert.DoesNotContain('\n', problem);
    }

    [Fact]
    public async Task Prepare_InvalidSettings_OneLineNamingEachSetting()
    {
        await using var services = Neo4jFixture.CreateServices(neo4j.Instance with { Database = "no such db!" }, o => o.Uri = "bolt://localhost:7687");

        var problem = await services.PrepareNeo4jAsync();

        Assert.NotNull(problem);
        Assert.StartsWith("Neo4j settings are invalid: NEO4J_URI 'bolt://localhost:7687' must be the server's HTTP address", problem);
        Assert.Contains("NEO4J_DATABASE 'no such db!'", problem);
        Assert.DoesNotContain('\n', problem);
    }
}
