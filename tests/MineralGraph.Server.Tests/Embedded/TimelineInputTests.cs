using System.Text.Json;
using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Embedded;

/// <summary>timeline's bad input over HTTP: each refusal names its argument, and bad arguments never reach the store.</summary>
[Collection(nameof(RecordingStoreCollection))]
public sealed class TimelineInputTests(RecordingServerFixture server)
{
    readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task Timeline_UnknownIds_NotFoundNamingEach()
    {
        var response = await client.PostGraphQLAsync("""{ timeline(ids: ["government/atlantis", "government/mexico", "agreement/nowhere"]) { totalCount } }""");

        Assert.Equal(JsonValueKind.Null, response.Data.ValueKind);
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.Equal("ids: no entity has the id ids[0] 'government/atlantis', ids[2] 'agreement/nowhere'.", response.ErrorText);
    }

    [Fact]
    public async Task Timeline_FromAfterTo_BadUserInputNamingFrom_NoStoreCall()
    {
        server.Store.Reset();
        var response = await client.PostGraphQLAsync("""{ timeline(from: "2026-01-01", to: "2025-01-01") { totalCount } }""");

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.StartsWith("from 2026-01-01 is after to 2025-01-01", response.ErrorText);
        Assert.Equal(0, server.Store.Traversals);
    }

    [Fact]
    public async Task Timeline_MoreThanTwentyIds_BadUserInputNamingIds_NoStoreCall()
    {
        server.Store.Reset();
        var ids = string.Join(", ", Enumerable.Range(0, 21).Select(_ => "\"government/mexico\""));
        var response = await client.PostGraphQLAsync($$"""{ timeline(ids: [{{ids}}]) { totalCount } }""");

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.StartsWith("ids may name at most 20 entities, not 21", response.ErrorText);
        Assert.Equal(0, server.Store.Traversals);
    }

    [Fact]
    public async Task Timeline_MalformedDate_RefusedNamingTheArgument()
    {
        var literal = await client.PostGraphQLAsync("""{ timeline(from: "2026-13-01") { totalCount } }""");
        var variable = await client.PostGraphQLAsync("""query($to: Date) { timeline(to: $to) { totalCount } }""", new { to = "yesterday" });

        Assert.Contains("'from'", literal.ErrorText);
        Assert.Contains("2026-13-01", literal.ErrorText);
        Assert.Contains("$to", variable.ErrorText);
        Assert.NotEmpty(variable.ErrorCodes);
    }

    [Theory]
    [InlineData("first: 0", "first")]
    [InlineData("first: 101", "first")]
    [InlineData("after: \"not-a-cursor\"", "after")]
    public async Task Timeline_BadPaging_RefusedNamingTheArgument(string argument, string name)
    {
        var response = await client.PostGraphQLAsync($$"""{ timeline({{argument}}) { totalCount } }""");

        Assert.NotEmpty(response.ErrorCodes);
        Assert.Contains(name, response.ErrorText);
    }

    [Fact]
    public async Task Timeline_CursorPaging_WalksTheWholeList()
    {
        var ids = new List<string>();
        string? after = null;
        int total;
        do
        {
            var response = await client.PostGraphQLAsync("""query($after: String) { timeline(ids: ["government/mexico"], first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }""",
                new { after });
            response.AssertOk();
            var timeline = response.Data.GetProperty("timeline");
            total = timeline.GetProperty("totalCount").GetInt32();
            ids.AddRange(timeline.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            after = timeline.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? timeline.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(total > 4);
    }

    [Fact]
    public async Task Source_TextSlicesAndCitations()
    {
        var response = await client.PostGraphQLAsync("""
            { node(id: "source/canada-mexico-strategic-choice") { ... on Source {
                textKind textLength text slice: text(offset: 10, length: 15) citations { quote start end relation { id } } } } }
            """);
        response.AssertOk();
        var source = response.Data.GetProperty("node");
        var text = source.GetProperty("text").GetString()!;

        Assert.Equal("DOCUMENT", source.GetProperty("textKind").GetString());
        Assert.Equal(text.Length, source.GetProperty("textLength").GetInt32());
        Assert.Equal(text.Substring(10, 15), source.GetProperty("slice").GetString());
        var citations = source.GetProperty("citations").EnumerateArray().ToList();
        Assert.NotEmpty(citations);
        Assert.All(citations, c => Assert.Equal(
            Domain.Text.QuoteText.Normalise(c.GetProperty("quote").GetString()!),
            Domain.Text.QuoteText.Normalise(text[c.GetProperty("start").GetInt32()..c.GetProperty("end").GetInt32()])));
    }

    [Theory]
    [InlineData("text(offset: -1)", "offset")]
    [InlineData("text(offset: 100000000)", "offset")]
    [InlineData("text(length: 200001)", "length")]
    public async Task Source_TextOutOfRange_BadUserInputNamingTheArgument(string field, string name)
    {
        var response = await client.PostGraphQLAsync($$"""{ node(id: "source/el-universal-usmca-july-1") { ... on Source { {{field}} } } }""");

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.StartsWith(name + ":", response.ErrorText);
    }
}
