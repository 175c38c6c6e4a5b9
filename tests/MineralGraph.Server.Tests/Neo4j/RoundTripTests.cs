using MineralGraph.Server.Tests.Infrastructure;
using MineralGraph.Server.Tests.ReadAhead;
using MineralGraph.Testing.Xunit;
using Xunit.Abstractions;

namespace MineralGraph.Server.Tests.Neo4j;

/// <summary>
/// Every response says how many HTTP round trips to Neo4j it cost (<c>MineralGraph-Store-Round-Trips</c>).
/// A root field is one Cypher statement, so one round trip, with everything its selection needs below it (relations,
/// the entities at their ends, countries, disputing claims, sources) read in the same statement. The read cache is off here: an
/// answer from it costs no round trip (ReadCacheTests).
/// </summary>
[RequiresNeo4j]
public sealed class RoundTripTests(Neo4jUncachedServerFixture server, ITestOutputHelper output) : IClassFixture<Neo4jUncachedServerFixture>
{
    readonly HttpClient client = server.CreateClient();

    async Task<int> RoundTripsAsync(string query)
    {
        var response = await client.PostGraphQLAsync(query);
        // A cold Neo4j compiles each new statement slowly and other test classes load it meanwhile: a query that
        // ran past Limits:ExecutionTimeout says nothing about round trips, so ask again.
        for (var attempt = 1; attempt < 3 && response.ErrorCodes.Contains("TIMEOUT"); attempt++)
        {
            output.WriteLine("timed out on a cold Neo4j; asking again");
            response = await client.PostGraphQLAsync(query);
        }
        response.AssertOk();
        var roundTrips = int.Parse(response.Message.Headers.GetValues("MineralGraph-Store-Round-Trips").Single());
        output.WriteLine($"{roundTrips} round trip(s): {query}");
        return roundTrips;
    }

    [Fact]
    public async Task NodeById_IsOneRoundTrip() =>
        Assert.Equal(1, await RoundTripsAsync("""{ node(id: "government/canada") { id name } }"""));

    [Theory]
    [InlineData("""{ nodes(ids: ["government/canada", "government/mexico", "mineral/lithium"]) { id name } }""")]
    [InlineData("""{ relation(id: "rel/mexico-produces-silver") { id kind role } }""")]
    [InlineData("""{ search(text: "T-MEC") { matchedName entity { id name } } }""")]
    [InlineData("""{ governments(first: 5) { totalCount nodes { id name } } }""")]
    [InlineData("""{ minerals(first: 3, name: "lithium") { nodes { id } } }""")]
    [InlineData("""{ neighbourhood(id: "government/canada", depth: 2) { nodes { id } edges { id } truncated } }""")]
    [InlineData("""{ paths(from: "official/claudia-sheinbaum", to: "agreement/minerals-security-partnership") { hops } }""")]
    [InlineData("""{ alliesSharingCapacity(stage: REFINING, restrictedBy: "government/china") { alliance { id } } }""")]
    [InlineData("""{ stats { entities relations } }""")]
    public async Task RootField_IsOneRoundTrip(string query) => Assert.Equal(1, await RoundTripsAsync(query));

    [Fact]
    public async Task ListWithNestedRelations_IsOneRoundTrip()
    {
        // governments → their relations → the entity at the other end: read with the list, in its statement.
        var roundTrips = await RoundTripsAsync("""
            { governments(first: 5) { nodes { id relations(first: 3) { edges { node { id kind to { id name } } } } } } }
            """);
        Assert.Equal(1, roundTrips);
    }

    [Fact]
    public async Task TwoRootFields_AreTwoRoundTrips() =>
        Assert.Equal(2, await RoundTripsAsync("""{ a: node(id: "government/canada") { id } b: stats { entities } }"""));

    /// <summary>
    /// The README's examples and nested queries of every root field (four levels of relations, fragments, aliases,
    /// variables, disputedBy, evidence sources): one round trip per root field, whatever the nesting.
    /// </summary>
    [Theory]
    [MemberData(nameof(RecordedQueries.Names), MemberType = typeof(RecordedQueries))]
    public async Task RecordedQuery_IsOneRoundTripPerRootField(string name)
    {
        var query = RecordedQueries.Get(name);
        var (status, _, roundTrips) = await query.PostAsync(client);
        Assert.Equal(200, status);
        Assert.Equal(query.RootFields, roundTrips);
    }
}

/// <summary>The embedded store answers in process: every response reports 0 round trips.</summary>
public sealed class EmbeddedRoundTripTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    [Fact]
    public async Task Embedded_ReportsZero()
    {
        var response = await server.CreateClient().PostGraphQLAsync("""{ governments(first: 5) { nodes { id relations(first: 3) { edges { node { to { id } } } } } } }""");
        response.AssertOk();
        Assert.Equal("0", response.Message.Headers.GetValues("MineralGraph-Store-Round-Trips").Single());
    }
}
