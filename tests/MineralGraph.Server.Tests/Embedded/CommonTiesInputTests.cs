using System.Text.Json;
using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Embedded;

/// <summary>Bad ids for commonTies are refused with a code naming the argument, before the store is asked anything.</summary>
[Collection(nameof(RecordingStoreCollection))]
public sealed class CommonTiesInputTests(RecordingServerFixture server)
{
    readonly HttpClient client = server.CreateClient();

    [Theory]
    [InlineData("""["government/mexico"]""", "ids must name 2 to 5 entities, not 1")]
    [InlineData("""["government/mexico", "government/canada", "government/japan", "government/china", "government/united-states", "government/france"]""", "ids must name 2 to 5 entities, not 6")]
    [InlineData("""["government/mexico", "government/canada", "government/mexico"]""", "ids[2] repeats ids[0] ('government/mexico')")]
    public async Task CommonTies_TooFewTooManyOrRepeatedIds_BadUserInputAndNoStoreCall(string ids, string message)
    {
        server.Store.Reset();
        var response = await client.PostGraphQLAsync($$"""{ commonTies(ids: {{ids}}) { entity { id } } }""");

        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("commonTies").ValueKind);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Contains(message, response.ErrorText);
        Assert.Equal(0, server.Store.Traversals);
    }

    [Fact]
    public async Task CommonTies_UnknownId_NotFoundNamingItsPosition()
    {
        var response = await client.PostGraphQLAsync("""{ commonTies(ids: ["government/mexico", "government/atlantis"]) { entity { id } } }""");

        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("commonTies").ValueKind);
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.StartsWith("ids[1]: no entity has the id 'government/atlantis'", response.ErrorText);
    }
}
