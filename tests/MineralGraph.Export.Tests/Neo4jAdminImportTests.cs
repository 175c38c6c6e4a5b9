using MineralGraph.Testing;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Export.Tests;

/// <summary>The neo4j-csv export of the real seed, imported by the real neo4j-admin into a real Neo4j 5.26.</summary>
[RequiresNeo4j(StartsItsOwn = true)]
public class Neo4jAdminImportTests
{
    [Fact]
    public async Task Neo4jCsv_RealSeed_ImportsWithNeo4jAdminIntoTheStoreModel()
    {
        var seed = RealSeed.Seed;
        var zip = await AsyncOnlyStream.WriteAsync(ExportFormat.Neo4jCsv, await WholeGraphOf(seed));

        await using var neo4j = await Neo4jAdminImport.ImportAndStartAsync(zip);

        Assert.Equal(seed.Entities.Count, await neo4j.CountAsync("MATCH (n:Entity) RETURN count(n)"));
        Assert.Equal(seed.Relations.Count, await neo4j.CountAsync("MATCH ()-[r]->() RETURN count(r)"));
        foreach (var (kind, count) in seed.EntityCounts)
        {
            var label = char.ToUpperInvariant(kind[0]) + kind[1..];
            Assert.Equal(count, await neo4j.CountAsync($"MATCH (n:{label}) WHERE n.kind = '{kind}' RETURN count(n)"));
        }
        foreach (var (type, count) in seed.RelationCounts)
            Assert.Equal(count, await neo4j.CountAsync($"MATCH ()-[r:{type}]->() RETURN count(r)"));
        // Evidence lists are parallel, as the Neo4j store reads them.
        Assert.Equal(seed.EvidenceCount, await neo4j.CountAsync("MATCH ()-[r]->() RETURN sum(size(r.evidenceSources))"));
        Assert.Equal(0, await neo4j.CountAsync("MATCH ()-[r]->() WHERE size(r.evidenceQuotes) <> size(r.evidenceSources) RETURN count(r)"));
        Assert.Equal(0, await neo4j.CountAsync("MATCH ()-[r]->() WHERE r.evidenceLocators IS NOT NULL AND size(r.evidenceLocators) <> size(r.evidenceSources) RETURN count(r)"));
        var usmca = await neo4j.QueryAsync("MATCH (n:Agreement {id: 'agreement/usmca'}) RETURN n.aliases");
        Assert.Contains("T-MEC", usmca[0][0].EnumerateArray().Select(a => a.GetString()));
        var withQuote = seed.Relations.First(r => r.Evidence.Any(e => e.Quote.Contains('"') || e.Quote.Contains(',')));
        var quotes = await neo4j.QueryAsync($"MATCH ()-[r {{id: '{withQuote.Id}'}}]->() RETURN r.evidenceQuotes");
        Assert.Equal(withQuote.Evidence.Select(e => e.Quote), quotes[0][0].EnumerateArray().Select(q => q.GetString()));
    }

    static async Task<ExportGraph> WholeGraphOf(Domain.Seed.SeedGraph seed) =>
        await Sources.WholeGraph.FromStoreAsync(new Store.Embedded.EmbeddedGraphStore(seed));
}
