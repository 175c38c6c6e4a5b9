using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Curation;

/// <summary>A server that takes no changes says why, as its own configuration made it.</summary>
public sealed class CurationDisabledTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("mg-disabled-").FullName;

    static Task<GraphQLResponse> CreateAsync(MineralGraphFactory factory) => GraphQLHttp.SendAsync(factory.CreateClient(), GraphQLHttp.CuratorPost(
        """mutation { createEntity(id: "company/refused", fields: { name: "Refused" }) { entity { id } } }""", null, ICurationServerFixture.CuratorKey));

    Dictionary<string, string?> Settings(params (string Key, string Value)[] extra)
    {
        var settings = MineralGraphFactory.EmbeddedSettings();
        foreach (var (key, value) in ICurationServerFixture.KeySettings()) settings[key] = value;
        foreach (var (key, value) in extra) settings[key] = value;
        return settings;
    }

    [Fact]
    public async Task SyntheticGraph_WithAJournalSet_SaysTheSyntheticGraphTakesNoChanges()
    {
        using var factory = new MineralGraphFactory(Settings(("Seed:Synthetic", "1,1000,2000"), ("Curation:JournalPath", Path.Combine(folder, "curation.db"))));
        var response = await CreateAsync(factory);
        Assert.Equal(["CURATION_DISABLED"], response.ErrorCodes);
        Assert.Contains("synthetic graph (Seed:Synthetic)", response.ErrorText);
        Assert.Contains("Curation:JournalPath is not used with it", response.ErrorText);
        Assert.DoesNotContain("start it with Curation:JournalPath", response.ErrorText);
    }

    [Fact]
    public async Task EmbeddedWithoutAJournal_SaysToSetOne()
    {
        using var factory = new MineralGraphFactory(Settings());
        var response = await CreateAsync(factory);
        Assert.Equal(["CURATION_DISABLED"], response.ErrorCodes);
        Assert.Contains("start it with Curation:JournalPath (embedded store) or on Neo4j", response.ErrorText);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
