using MineralGraph.Domain.Model;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.Loading;
using MineralGraph.Testing.Neo4j;
using MineralGraph.Testing.Xunit;

namespace MineralGraph.Store.Tests.Neo4j;

/// <summary>schema/neo4j/*.cypher: every statement idempotent, applied twice without change, the full-text index as search needs it.</summary>
[RequiresNeo4j]
[Collection(Neo4jCollection.Name)]
public sealed class SchemaTests(Neo4jFixture neo4j) : IClassFixture<Neo4jFixture>
{
    [Fact]
    public void Statements_AreAllIdempotentWithAName()
    {
        Assert.NotEmpty(Neo4jSchema.Statements);
        Assert.All(Neo4jSchema.Statements, s =>
        {
            Assert.Contains(Neo4jSchema.IsDrop(s) ? "IF EXISTS" : "IF NOT EXISTS", s);
            Assert.NotNull(Neo4jSchema.NameOf(s));
        });
    }

    [Fact]
    public async Task Apply_OnADatabaseWithKeysUniqueAcrossCurators_MakesThemEachCuratorsOwn()
    {
        // What an older version created: one idempotency key per database, whoever used it.
        await neo4j.Client.WriteAsync(new CypherStatement("DROP CONSTRAINT change_curator_idempotency_key IF EXISTS"));
        await neo4j.Client.WriteAsync(new CypherStatement("CREATE CONSTRAINT change_idempotency_key IF NOT EXISTS FOR (c:Change) REQUIRE c.idempotencyKey IS UNIQUE"));

        await new Neo4jSchema(neo4j.Client).ApplyAsync();

        var names = await NamesAsync();
        Assert.DoesNotContain("change_idempotency_key", names);
        Assert.Contains("change_curator_idempotency_key", names);
        try
        {
            await neo4j.Client.WriteAsync(new CypherStatement(
                "CREATE (:Change {seq: -1, actor: 'ana', idempotencyKey: 'schema-test'}), (:Change {seq: -2, actor: 'bob', idempotencyKey: 'schema-test'})"));
            var twice = await Assert.ThrowsAnyAsync<Exception>(() => neo4j.Client.WriteAsync(new CypherStatement(
                "CREATE (:Change {seq: -3, actor: 'ana', idempotencyKey: 'schema-test'})")));
            Assert.Contains("ConstraintValidationFailed", twice.ToString());
        }
        finally
        {
            await neo4j.Client.WriteAsync(new CypherStatement("MATCH (c:Change) WHERE c.idempotencyKey = 'schema-test' DELETE c"));
        }
    }

    [Fact]
    public async Task Apply_Twice_SecondTimeChangesNothing()
    {
        var schema = new Neo4jSchema(neo4j.Client);
        await schema.ApplyAsync();
        var before = await NamesAsync();

        var changed = await schema.ApplyAsync();

        Assert.Equal(0, changed);
        Assert.Equal(before, await NamesAsync());
        Assert.Contains("entity_id", before);
        Assert.Contains("entity_names", before);
    }

    [Fact]
    public async Task EveryStatement_RunAgainDirectly_IsAcceptedAndAddsNothing()
    {
        var before = await NamesAsync();

        foreach (var statement in Neo4jSchema.Statements)
        {
            var result = await neo4j.Client.WriteAsync(new CypherStatement(statement));
            Assert.Equal(0, (result.Counters?.ConstraintsAdded ?? 0) + (result.Counters?.IndexesAdded ?? 0));
        }

        Assert.Equal(before, await NamesAsync());
    }

    [Fact]
    public async Task FullTextIndex_SplitsOnlyOnWhitespaceAndIsReadAfterWrite()
    {
        var row = (await neo4j.Client.ReadAsync(new CypherStatement(
            "SHOW FULLTEXT INDEXES YIELD name, properties, options WHERE name = 'entity_names' RETURN properties, options"))).Single();

        Assert.Equal(["searchWords", "searchCompact"], ((List<object?>)row["properties"]!).Cast<string>());
        var config = (Dictionary<string, object?>)((Dictionary<string, object?>)row["options"]!)["indexConfig"]!;
        Assert.Equal("whitespace", config["fulltext.analyzer"]);
        Assert.Equal(false, config["fulltext.eventually_consistent"]);
    }

    [Fact]
    public async Task KeyIndexes_CoverEveryRelationKindAndAreExactAndReadAfterWrite()
    {
        var row = (await neo4j.Client.ReadAsync(new CypherStatement(
            "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = 'relation_keys' RETURN labelsOrTypes, properties, options"))).Single();

        // A relation kind the index leaves out would have its citations and its id silently not found.
        Assert.Equal(RelationKinds.All.Select(k => k.Name()).Order(StringComparer.Ordinal),
            ((List<object?>)row["labelsOrTypes"]!).Cast<string>().Order(StringComparer.Ordinal));
        Assert.Equal(["id", "evidenceSources"], ((List<object?>)row["properties"]!).Cast<string>());
        var config = (Dictionary<string, object?>)((Dictionary<string, object?>)row["options"]!)["indexConfig"]!;
        Assert.Equal(("keyword", false), (config["fulltext.analyzer"], config["fulltext.eventually_consistent"]));
    }

    [Fact]
    public async Task Apply_OnADatabaseLoadedBeforeTheKeyIndexes_WaitsUntilTheyAreOnline()
    {
        // A database from before the key indexes, holding relations: they are filled from it when created.
        await neo4j.Client.WriteAsync(new CypherStatement("DROP INDEX relation_keys IF EXISTS"));
        await neo4j.Client.WriteAsync(new CypherStatement(
            "UNWIND range(1, 20000) AS i CREATE (:SchemaTestEnd)-[:COVERS {id: 'rel/schema-test-' + i, evidenceSources: ['source/schema-test']}]->(:SchemaTestEnd)"));
        try
        {
            Assert.Equal(1, await new Neo4jSchema(neo4j.Client).ApplyAsync());

            var state = (await neo4j.Client.ReadAsync(new CypherStatement("SHOW INDEXES YIELD name, state WHERE name = 'relation_keys' RETURN state"))).Single();
            Assert.Equal("ONLINE", state["state"]);
            var found = (await neo4j.Client.ReadAsync(new CypherStatement(
                "CALL db.index.fulltext.queryRelationships('relation_keys', 'evidenceSources:\"source/schema-test\"') YIELD relationship RETURN count(relationship) AS n"))).Single();
            Assert.Equal(20000L, found["n"]);
        }
        finally
        {
            await neo4j.Client.WriteAsync(new CypherStatement("MATCH (n:SchemaTestEnd) DETACH DELETE n"));
        }
    }

    async Task<List<string>> NamesAsync()
    {
        var names = new List<string>();
        foreach (var show in new[] { "SHOW CONSTRAINTS YIELD name RETURN name", "SHOW INDEXES YIELD name RETURN name" })
            names.AddRange((await neo4j.Client.ReadAsync(new CypherStatement(show))).Rows.Select(r => r.Get<string>("name")));
        return names.Order(StringComparer.Ordinal).ToList();
    }
}
