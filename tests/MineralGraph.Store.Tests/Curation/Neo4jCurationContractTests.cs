using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Tests.Contract;
using MineralGraph.Store.Tests.Neo4j;
using MineralGraph.Testing.Neo4j;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Store.Tests.Curation;

/// <summary>
/// The curation contract on the real Neo4j, plus what only a shared database can get wrong: curators writing at
/// the same time, a refused change leaving no trace (not even a used-up number), and a merge re-creating
/// relationships on the survivor.
/// </summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jCurationContractTests(Neo4jCurationFixture neo4j) : CurationContractTests, IClassFixture<Neo4jCurationFixture>
{
    protected override async Task<(IGraphStore Read, ICurationStore Write)> FreshStoresAsync()
    {
        await neo4j.ResetAsync();
        return (neo4j.Store, neo4j.Curation);
    }

    static AssertRelation JapanInMsp(string note) => new()
    {
        Kind = "MEMBER_OF", From = "government/japan", To = "agreement/minerals-security-partnership", Note = note,
        Evidence = [new EvidenceInput("source/fixture-article", "The United States, Canada and Japan are members of the Minerals Security Partnership")],
    };

    [Fact]
    public async Task ConcurrentApply_EightCurators_GetConsecutiveNumbersAndAllApply()
    {
        var (read, write) = await FreshStoresAsync();
        var before = (await read.CountAsync()).Relations["MEMBER_OF"];

        // All eight ask for a new relation with the same generated id stem: only a curator who plans after the
        // previous one committed picks a free number, so stale planning would collide.
        var changes = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() => write.ApplyAsync(JapanInMsp($"curator {i}"), Ana))));

        var sequences = changes.Select(c => c.Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), sequences);
        const string stem = "rel/member-of-japan-minerals-security-partnership";
        Assert.Equal(new[] { stem }.Concat(Enumerable.Range(2, 7).Select(n => $"{stem}-{n}")).Order(StringComparer.Ordinal),
            changes.Select(c => c.Targets[0]).Order(StringComparer.Ordinal));
        Assert.Equal(before + 8, (await read.CountAsync()).Relations["MEMBER_OF"]);
        Assert.Equal(sequences, (await write.HistoryAsync("government/japan")).Select(c => c.Sequence));
        Assert.Equal(8, await neo4j.Curation.CuratedChangeCountAsync());
    }

    [Fact]
    public async Task RefusedChange_LeavesNodesRelationshipsAndCounterAsTheyWere()
    {
        var (_, write) = await FreshStoresAsync();
        var first = await write.ApplyAsync(JapanInMsp("first") with { IdempotencyKey = "k-1" }, Ana);
        var before = await GraphSnapshot.TakeAsync(neo4j.Client);

        var refused = new CurationCommand[]
        {
            JapanInMsp("bad quote") with { Evidence = [new EvidenceInput("source/fixture-article", "Japan left the partnership")] },
            new MergeEntities("government/mexico", "mineral/lithium"),
            new RetractRelation("rel/action-plan-covers-lithium", "") { IdempotencyKey = "fresh" },
        };
        foreach (var command in refused) await Assert.ThrowsAsync<CurationRejectedException>(() => write.ApplyAsync(command, Ana));
        var reused = await Assert.ThrowsAsync<CurationRejectedException>(() => write.ApplyAsync(JapanInMsp("other") with { IdempotencyKey = "k-1" }, Ana));
        Assert.Equal("idempotencyKey", Assert.Single(reused.Problems).Field);
        var repeat = await write.ApplyAsync(JapanInMsp("first") with { IdempotencyKey = "k-1" }, Ana);

        Assert.Equal(GraphJson.Write(first), GraphJson.Write(repeat)); // the recorded change, field for field
        Assert.Equal(before, await GraphSnapshot.TakeAsync(neo4j.Client)); // every node, relationship and property, the counter included
        Assert.Equal(1, await neo4j.Curation.CuratedChangeCountAsync());
        var next = await write.ApplyAsync(JapanInMsp("second"), Ana);
        Assert.Equal(first.Sequence + 1, next.Sequence);
    }

    [Fact]
    public async Task Merge_RecreatesRelationshipsOnSurvivor_AndOldIdResolvesAfterAChain()
    {
        var (read, write) = await FreshStoresAsync();
        var canadaRelations = await RelationIdsAsync(read, "government/canada");
        var usRelations = await RelationIdsAsync(read, "government/united-states");
        Assert.NotEmpty(canadaRelations);

        await write.ApplyAsync(new MergeEntities("government/united-states", "government/canada"), Ana);

        Assert.Equal("government/united-states", (await read.GetEntityAsync("government/canada"))!.Id);
        Assert.Equal(0L, await ScalarAsync("MATCH (n:Entity {id: 'government/canada'}) RETURN count(n) AS value"));
        Assert.Equal(canadaRelations.Union(usRelations).Order(StringComparer.Ordinal), await RelationIdsAsync(read, "government/united-states"));
        foreach (var id in canadaRelations)
        {
            var moved = await read.GetRelationAsync(id);
            Assert.Contains("government/united-states", new[] { moved!.From, moved.To });
            Assert.DoesNotContain("government/canada", new[] { moved.From, moved.To });
        }

        // A second merge re-points the first merged id at the final survivor, as the loader stores merged ids.
        await write.ApplyAsync(new MergeEntities("government/japan", "government/united-states"), Ana);
        Assert.Equal("government/japan", (await read.GetEntityAsync("government/canada"))!.Id);
        Assert.Equal(1L, await ScalarAsync("MATCH (:MergedId {id: 'government/canada'})-[:MERGED_INTO]->(:Entity {id: 'government/japan'}) RETURN count(*) AS value"));
        Assert.Equal(0L, await ScalarAsync("MATCH (m:MergedId)-[:MERGED_INTO]->(n) WHERE NOT n:Entity RETURN count(*) AS value"));
        Assert.Equal(["mergeEntities", "mergeEntities"], (await write.HistoryAsync("government/canada")).Select(c => c.Operation));
        Assert.Contains("United States", (await read.GetEntityAsync("government/japan"))!.Aliases);
    }

    [Fact]
    public async Task SourceTexts_SeedAndAdded_AreStoredNormalisedAndCheckQuotes()
    {
        var (_, write) = await FreshStoresAsync();
        var document = await File.ReadAllTextAsync(Path.Combine(ContractSeed.Directory, "documents", "fixture-article.txt"));
        var stored = (await neo4j.Client.ReadAsync(new CypherStatement("MATCH (s:Entity {id: 'source/fixture-article'}) RETURN s.text AS text"))).Single();
        Assert.Equal(QuoteText.Normalise(document), stored["text"]);

        await write.ApplyAsync(new AddSource("source/wire-2026", "Wire report") { Text = "Japan  refines\n“dysprosium” at a new plant." }, Ana);
        var rejected = await Assert.ThrowsAsync<CurationRejectedException>(() => write.ApplyAsync(JapanInMsp("wire") with
        {
            Evidence = [new EvidenceInput("source/wire-2026", "Japan refines terbium")],
        }, Ana));
        Assert.Equal("evidence[0].quote", Assert.Single(rejected.Problems).Field);
        var accepted = await write.ApplyAsync(new AssertRelation
        {
            Kind = "REFINES", From = "government/japan", To = "mineral/dysprosium",
            Evidence = [new EvidenceInput("source/wire-2026", "Japan refines \"dysprosium\"")],
        }, Ana);
        Assert.Equal("rel/refines-japan-dysprosium", accepted.Targets[0]);
    }

    [Fact]
    public async Task TransactionAbandonedHoldingTheChangeLock_IsEndedByNeo4j_AndTheNextChangeGoesThrough()
    {
        var (_, write) = await FreshStoresAsync();
        // What a server killed mid-change leaves behind: a transaction holding the change lock that nobody will end.
        var abandoned = await neo4j.Client.BeginAsync(TimeSpan.FromSeconds(2));
        await abandoned.RunAsync(CurationLockCypher.Statement(null, "ghost"));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var change = await write.ApplyAsync(JapanInMsp("after the ghost"), Ana);

        // Neo4j terminates the ghost after its 2 s (checking every 2 s), releasing the lock and its counter increment.
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        Assert.Equal(1, change.Sequence);
        Assert.Empty(await OpenTransactions.LeftOpenAsync(neo4j.Client));
    }

    [Fact]
    public async Task CuratedChangeCount_CountsAppliedChangesOnly()
    {
        var (_, write) = await FreshStoresAsync();
        Assert.Equal(0, await neo4j.Curation.CuratedChangeCountAsync());
        await write.ApplyAsync(new RetractRelation("rel/action-plan-covers-lithium", "wrong") { IdempotencyKey = "r" }, Ana);
        await write.ApplyAsync(new RetractRelation("rel/action-plan-covers-lithium", "wrong") { IdempotencyKey = "r" }, Ana);
        await Assert.ThrowsAsync<CurationRejectedException>(() => write.ApplyAsync(new RetractRelation("rel/action-plan-covers-lithium", "again"), Ana));
        Assert.Equal(1, await neo4j.Curation.CuratedChangeCountAsync());
    }

    static async Task<List<string>> RelationIdsAsync(IGraphStore read, string id) =>
        (await read.GetRelationsAsync([new RelationListQuery { EntityId = id, First = 1000, IncludeRetracted = true }]))[0]
            .Items.Select(r => r.Id).Distinct().Order(StringComparer.Ordinal).ToList();

    async Task<long> ScalarAsync(string statement) => (await neo4j.Client.ReadAsync(new CypherStatement(statement))).Single().Get<long>("value");
}
