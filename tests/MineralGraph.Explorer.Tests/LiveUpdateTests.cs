using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MineralGraph.Domain.Curation;
using MineralGraph.Testing.Xunit;
using Xunit.Abstractions;

namespace MineralGraph.Explorer.Tests;

/// <summary>
/// The explorer follows the graph live: a tie a curator asserts on an entity whose ties are on screen appears in a real
/// Chromium without a reload, with the "graph updated" notice. The server (Kestrel) keeps changes in a journal of its own.
/// </summary>
[RequiresChromium]
[Collection(ExplorerCollection.Name)]
public class LiveUpdateTests(ExplorerFixture fixture, ITestOutputHelper output)
{
    const string Key = "explorer-live-curator-key";

    [Fact]
    public async Task ACuratedTie_AppearsOnScreenLive_WithTheNotice()
    {
        var folder = Directory.CreateTempSubdirectory("mg-explorer-live-").FullName;
        try
        {
            await using var server = new ExplorerServer(new Dictionary<string, string?>
            {
                ["Curation:JournalPath"] = Path.Combine(folder, "curation.db"),
                ["Curation:Keys:0:Name"] = "ana",
                ["Curation:Keys:0:Sha256"] = CuratorKeys.Hash(Key),
            });
            var suffix = Guid.NewGuid().ToString("N")[..6];
            var source = $"source/live-wire-{suffix}";
            var company = $"company/live-miner-{suffix}";
            await CurateAsync(server, "mutation($input: AddSourceInput!) { addSource(input: $input) { change { sequence } } }", new
            {
                input = new { id = source, title = "Live Miner begins production", publisher = "Test Wire", date = "2026-03-03", text = "Live Miner said it had begun producing lithium concentrate at its mine." },
            });
            await CurateAsync(server, "mutation($id: ID!, $fields: EntityFieldsInput!) { createEntity(id: $id, fields: $fields) { change { sequence } } }",
                new { id = company, fields = new { name = $"Live Miner {suffix}", country = "government/canada", description = "A test miner." } });

            var (page, consoleErrors) = await fixture.NewPageAsync(server);
            var explorer = new ExplorerPage(page, output);
            await page.GotoAsync(new Uri(server.BaseAddress, "/").ToString());
            await explorer.WaitIdleAsync();
            await explorer.SearchAndPickAsync("#search", $"Live Miner {suffix}", company);
            await page.WaitForFunctionAsync("() => document.body.dataset.live === 'open'", null, new() { Timeout = 15_000 });
            Assert.False(await explorer.HasAsync("mineral/lithium"));
            await Assertions.Expect(page.Locator("#live-notice")).ToBeHiddenAsync();

            var asserted = await CurateAsync(server, "mutation($input: AssertRelationInput!) { assertRelation(input: $input) { relation { id } } }", new
            {
                input = new
                {
                    kind = "PRODUCES", from = company, to = "mineral/lithium", since = "2026-03",
                    evidence = new[] { new { source, quote = "had begun producing lithium concentrate" } },
                },
            });
            var relation = asserted.GetProperty("assertRelation").GetProperty("relation").GetProperty("id").GetString()!;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await explorer.WaitForElementAsync(relation);
            output.WriteLine($"the tie {relation} was drawn {clock.ElapsedMilliseconds} ms after the curator's answer");
            Assert.True(await explorer.HasAsync("mineral/lithium"));
            var notice = page.Locator("#live-notice");
            await Assertions.Expect(notice).ToBeVisibleAsync();
            await Assertions.Expect(notice).ToContainTextAsync("Graph updated");
            Assert.Equal("polite", await notice.GetAttributeAsync("aria-live"));
            await explorer.ScreenshotAsync("live-update");
            Assert.Empty(consoleErrors);
            await page.Context.CloseAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    static async Task<JsonElement> CurateAsync(ExplorerServer server, string query, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        var response = await server.Http.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }
}
