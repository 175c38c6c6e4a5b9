using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MineralGraph.Domain.Curation;

namespace MineralGraph.Explorer.Tests;

/// <summary>
/// A real server of a test's own with curation on (a journal in a temporary folder, one curator "ana"), and that
/// curator's mutations sent over HTTP with her key, as a curator's tool would.
/// </summary>
public sealed class CuratedServer : IAsyncDisposable
{
    const string Key = "explorer-live-curator-key";
    readonly string folder = Directory.CreateTempSubdirectory("mg-explorer-live-").FullName;

    public ExplorerServer Server { get; }

    public CuratedServer()
    {
        Server = new ExplorerServer(new Dictionary<string, string?>
        {
            ["Curation:JournalPath"] = Path.Combine(folder, "curation.db"),
            ["Curation:Keys:0:Name"] = "ana",
            ["Curation:Keys:0:Sha256"] = CuratorKeys.Hash(Key),
        });
    }

    /// <summary>Sends a mutation as the curator; its data, after asserting the answer carries no error.</summary>
    public async Task<JsonElement> CurateAsync(string query, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        var response = await Server.Http.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    public Task AddSourceAsync(string id, string title, string text) =>
        CurateAsync("mutation($input: AddSourceInput!) { addSource(input: $input) { change { sequence } } }", new
        {
            input = new { id, title, publisher = "Test Wire", date = "2026-03-03", text },
        });

    public Task CreateCompanyAsync(string id, string name) =>
        CurateAsync("mutation($id: ID!, $fields: EntityFieldsInput!) { createEntity(id: $id, fields: $fields) { change { sequence } } }",
            new { id, fields = new { name, country = "government/canada", description = "A test miner." } });

    /// <summary>Asserts a tie; its id.</summary>
    public async Task<string> AssertAsync(object input)
    {
        var data = await CurateAsync("mutation($input: AssertRelationInput!) { assertRelation(input: $input) { relation { id } } }", new { input });
        return data.GetProperty("assertRelation").GetProperty("relation").GetProperty("id").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
