using System.Text.Json;
using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Live;

/// <summary>The curator's changes the live tests make, each with new ids, through the real HTTP API.</summary>
public sealed class Curating(HttpClient client)
{
    const string SourceText = "On 3 March 2026 the Quebec company Lithium Nord said it had begun producing spodumene " +
                              "concentrate, a lithium ore, at its mine near Val-d'Or, Canada.";

    public static string Suffix() => Guid.NewGuid().ToString("N")[..8];

    public async Task<JsonElement> CurateAsync(string query, object variables)
    {
        using var request = GraphQLHttp.CuratorPost(query, variables, ICurationServerFixture.CuratorKey);
        return (await GraphQLHttp.SendAsync(client, request)).AssertOk().Data;
    }

    public async Task<string> NewSourceAsync(string suffix, int extraText = 0)
    {
        var id = $"source/lithium-nord-{suffix}";
        var text = extraText == 0 ? SourceText : SourceText + " " + new string('x', extraText);
        await CurateAsync("mutation($input: AddSourceInput!) { addSource(input: $input) { change { sequence } } }", new
        {
            input = new { id, title = "Lithium Nord begins production", publisher = "Test Wire", date = "2026-03-03", url = "https://example.org/lithium-nord", text },
        });
        return id;
    }

    public async Task<string> NewCompanyAsync(string suffix)
    {
        var id = $"company/lithium-nord-{suffix}";
        await CurateAsync("mutation($id: ID!, $fields: EntityFieldsInput!) { createEntity(id: $id, fields: $fields) { change { sequence } } }",
            new { id, fields = new { name = "Lithium Nord " + suffix, country = "government/canada", description = "A Quebec lithium miner." } });
        return id;
    }

    /// <summary>The company produces lithium, cited; returns the change's sequence.</summary>
    public async Task<long> AssertProducesAsync(string company, string source)
    {
        var data = await CurateAsync("mutation($input: AssertRelationInput!) { assertRelation(input: $input) { change { sequence } } }", new
        {
            input = new
            {
                kind = "PRODUCES", from = company, to = "mineral/lithium", since = "2026-03",
                evidence = new[] { new { source, quote = "had begun producing spodumene concentrate, a lithium ore", locator = "paragraph 1" } },
            },
        });
        return data.At("assertRelation.change.sequence").GetInt64();
    }

    /// <summary>
    /// Rewrites the company's description and aliases at their largest (4,000 and 50 × 280 characters): a change whose
    /// before and after make an event of about 35 KB. Returns the change's sequence.
    /// </summary>
    public async Task<long> RewriteAtLengthAsync(string company, int version)
    {
        var data = await CurateAsync("mutation($id: ID!, $d: String!, $a: [String!]) { updateEntity(id: $id, fields: { description: $d, aliases: $a }) { change { sequence } } }", new
        {
            id = company,
            d = $"v{version} " + new string('d', 3990),
            a = Enumerable.Range(0, 50).Select(j => $"alias {version} {j} " + new string('a', 260)).ToArray(),
        });
        return data.At("updateEntity.change.sequence").GetInt64();
    }

    /// <summary>Changes the company's description; returns the change's sequence.</summary>
    public async Task<long> DescribeAsync(string company, string description)
    {
        var data = await CurateAsync("mutation($id: ID!, $d: String!) { updateEntity(id: $id, fields: { description: $d }) { change { sequence } } }",
            new { id = company, d = description });
        return data.At("updateEntity.change.sequence").GetInt64();
    }
}
