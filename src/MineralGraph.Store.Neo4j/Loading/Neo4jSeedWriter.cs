using Microsoft.Extensions.Options;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.Mapping;
using MineralGraph.Store.Neo4j.QueryApi;

namespace MineralGraph.Store.Neo4j.Loading;

/// <summary>How far a load is: statements done out of the total.</summary>
public readonly record struct SeedWriteProgress(int Done, int Total, string Step);

/// <summary>What a load did.</summary>
public sealed record Neo4jSeedWriteResult(int Entities, int Relations, int SchemaChanges, QueryCounters Changes);

/// <summary>
/// Writes a validated seed into Neo4j so that the database holds exactly the seed: the schema first, then in
/// ONE explicit transaction (readers see the old graph or the new one, never half) stale entities and relations
/// are removed and every entity and relation is MERGEd by id in UNWIND batches. Loading the same seed twice
/// leaves the same graph.
/// </summary>
public sealed class Neo4jSeedWriter(Neo4jQueryApiClient client, Neo4jSchema schema, IOptions<Neo4jOptions> options)
{
    public async Task<Neo4jSeedWriteResult> WriteAsync(SeedGraph graph, IProgress<SeedWriteProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var batchSize = options.Value.LoadBatchSize;
        var steps = new List<(string Step, CypherStatement Statement)>
        {
            ("removing stale data", new CypherStatement(SeedWriteCypher.RemoveStale, new Dictionary<string, object?>
            {
                ["entityIds"] = graph.Entities.Select(e => e.Id).ToList(),
                ["relationKeys"] = graph.Relations.Select(SeedWriteCypher.RelationKey).ToList(),
            })),
        };
        foreach (var batch in graph.Entities.Chunk(batchSize))
            steps.Add(("entities", Rows(SeedWriteCypher.WriteEntities, batch.Select(EntityRow))));
        foreach (var batch in graph.Relations.Chunk(batchSize))
            steps.Add(("relations", Rows(SeedWriteCypher.WriteRelations, batch.Select(RelationRow))));
        var merged = MergedRows(graph);
        if (merged.Count > 0) steps.Add(("merged ids", Rows(SeedWriteCypher.WriteMerged, merged)));

        var schemaChanges = await schema.ApplyAsync(cancellationToken);
        var changes = new QueryCounters();
        await using (var transaction = await client.BeginAsync(cancellationToken))
        {
            for (var i = 0; i < steps.Count; i++)
            {
                progress?.Report(new SeedWriteProgress(i, steps.Count, steps[i].Step));
                var result = await transaction.RunAsync(steps[i].Statement, cancellationToken);
                changes = Add(changes, result.Counters);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        progress?.Report(new SeedWriteProgress(steps.Count, steps.Count, "done"));
        return new Neo4jSeedWriteResult(graph.Entities.Count, graph.Relations.Count, schemaChanges, changes);
    }

    /// <summary>Old id → final survivor, following chains as the stores do (at most 32 hops).</summary>
    static List<object> MergedRows(SeedGraph graph) => graph.MergedInto.Select(p =>
    {
        var survivor = p.Value;
        for (var hops = 0; hops < 32 && graph.MergedInto.TryGetValue(survivor, out var next); hops++) survivor = next;
        return (object)new Dictionary<string, object?> { ["id"] = p.Key, ["survivor"] = survivor };
    }).ToList();

    static CypherStatement Rows(string text, IEnumerable<object> rows) =>
        new(text, new Dictionary<string, object?> { ["rows"] = rows.ToList() });

    static Dictionary<string, object?> EntityRow(Entity e) => new()
    {
        ["label"] = e.Kind.ToString(),
        ["props"] = EntityProperties.ToProperties(e),
    };

    static Dictionary<string, object?> RelationRow(Relation r) => new()
    {
        ["type"] = r.Kind.Name(),
        ["from"] = r.From,
        ["to"] = r.To,
        ["props"] = RelationProperties.ToProperties(r),
    };

    static QueryCounters Add(QueryCounters a, QueryCounters? b) => b is null ? a : a with
    {
        ContainsUpdates = a.ContainsUpdates || b.ContainsUpdates,
        NodesCreated = a.NodesCreated + b.NodesCreated,
        NodesDeleted = a.NodesDeleted + b.NodesDeleted,
        PropertiesSet = a.PropertiesSet + b.PropertiesSet,
        RelationshipsCreated = a.RelationshipsCreated + b.RelationshipsCreated,
        RelationshipsDeleted = a.RelationshipsDeleted + b.RelationshipsDeleted,
        LabelsAdded = a.LabelsAdded + b.LabelsAdded,
        LabelsRemoved = a.LabelsRemoved + b.LabelsRemoved,
    };
}
