using Microsoft.Extensions.Options;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.Mapping;
using MineralGraph.Store.Neo4j.QueryApi;
using MineralGraph.Store.Neo4j.Versioning;

namespace MineralGraph.Store.Neo4j.Loading;

/// <summary>How far a load is, in rows written (entities, relations) out of the graph's, and the step under way.</summary>
public readonly record struct SeedWriteProgress(string Step, int EntitiesDone, int EntitiesTotal, int RelationsDone, int RelationsTotal)
{
    public int Done => EntitiesDone + RelationsDone;
    public int Total => EntitiesTotal + RelationsTotal;
}

/// <summary>What a load did; <see cref="Batched"/> when it committed batch by batch into an empty database.</summary>
public sealed record Neo4jSeedWriteResult(int Entities, int Relations, int SchemaChanges, QueryCounters Changes, bool Batched = false);

/// <summary>
/// Writes a validated seed into Neo4j so that the database holds exactly the seed: the schema first, then either
/// (atomic) in ONE explicit transaction stale entities and relations are removed and every entity and relation is
/// MERGEd by id in UNWIND batches — readers see the old graph or the new one, never half, and loading the same
/// seed twice leaves the same graph — or (batched, a big graph into an empty database) every entity, then every
/// relation, is CREATEd in batches that each commit: see <see cref="SeedWriteMode"/>. Either way the graph's version
/// moves (<see cref="GraphVersionCypher.Bump"/>: in the load's transaction, or once every batch is in), so servers'
/// read caches drop what they held.
/// </summary>
public sealed class Neo4jSeedWriter(Neo4jQueryApiClient client, Neo4jSchema schema, GraphVersion version, IOptions<Neo4jOptions> options)
{
    /// <summary>One statement of a load, built only when it runs (1M rows of property maps would not fit in memory at once).</summary>
    sealed record Step(string Name, int Entities, int Relations, Func<CypherStatement> Statement);

    public Task<Neo4jSeedWriteResult> WriteAsync(SeedGraph graph, IProgress<SeedWriteProgress>? progress = null, CancellationToken cancellationToken = default) =>
        WriteAsync(graph, SeedWriteOptions.Default, progress, cancellationToken);

    public async Task<Neo4jSeedWriteResult> WriteAsync(SeedGraph graph, SeedWriteOptions write, IProgress<SeedWriteProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var schemaChanges = await schema.ApplyAsync(cancellationToken);
        var batched = await BatchedAsync(graph, write, cancellationToken);
        var steps = batched ? BatchedSteps(graph, write.BatchSize) : AtomicSteps(graph, write, options.Value.LoadBatchSize);
        if (graph.Texts.Count > 0 || write.SeedDirectory is not null) steps.Add(SourceTexts(graph, write.SeedDirectory));

        var changes = new QueryCounters();
        int entities = 0, relations = 0;
        void Report(string step) => progress?.Report(new SeedWriteProgress(step, entities, graph.Entities.Count, relations, graph.Relations.Count));
        async Task RunAsync(Func<CypherStatement, Task<QueryResult>> run)
        {
            foreach (var step in steps)
            {
                Report(step.Name);
                var result = await run(step.Statement());
                changes = Add(changes, result.Counters);
                entities += step.Entities;
                relations += step.Relations;
            }
        }

        if (batched)
        {
            // Each batch commits on its own (the Query API's auto-commit endpoint). Batches of one step kind run two
            // at a time, so Neo4j parses one batch's JSON while it commits another (two cores); relations start only
            // once every entity is committed.
            var gate = new object();
            foreach (var phase in steps.GroupBy(s => s.Name)) // each name is one contiguous run of steps
            {
                Report(phase.Key);
                await Parallel.ForEachAsync(phase, new ParallelOptions { MaxDegreeOfParallelism = BatchedParallelism, CancellationToken = cancellationToken }, async (step, ct) =>
                {
                    var result = await WriteBatchAsync(step.Statement(), ct);
                    lock (gate)
                    {
                        changes = Add(changes, result.Counters);
                        entities += step.Entities;
                        relations += step.Relations;
                        Report(step.Name);
                    }
                });
            }
            Report("graph version");
            await WriteBatchAsync(GraphVersionCypher.BumpStatement(), cancellationToken);
        }
        else
        {
            await using var transaction = await client.BeginAsync(cancellationToken);
            await RunAsync(statement => transaction.RunAsync(statement, cancellationToken));
            Report("graph version");
            await transaction.RunAsync(GraphVersionCypher.BumpStatement(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        // The version's own bookkeeping is not counted among the load's changes.
        version.Invalidate();
        Report("done");
        return new Neo4jSeedWriteResult(graph.Entities.Count, graph.Relations.Count, schemaChanges, changes, batched);
    }

    /// <summary>Batches in flight at once in a batched load.</summary>
    const int BatchedParallelism = 2;

    /// <summary>
    /// One batch in its own transaction. Two batches creating relationships on the same hub may deadlock; Neo4j then
    /// rolls one back with a transient error, and that batch is simply sent again.
    /// </summary>
    async Task<QueryResult> WriteBatchAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await client.WriteAsync(statement, cancellationToken);
            }
            catch (Neo4jTransientException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>How many curated changes (<c>(:Change)</c> nodes) the database holds: a load would discard them.</summary>
    public async Task<long> CountCuratedChangesAsync(CancellationToken cancellationToken = default)
    {
        var result = await client.ReadAsync(new CypherStatement(SeedWriteCypher.CountCuratedChanges), cancellationToken);
        return result.Rows.Single().Get<long>("changes");
    }

    async Task<bool> BatchedAsync(SeedGraph graph, SeedWriteOptions write, CancellationToken cancellationToken)
    {
        if (write.Mode == SeedWriteMode.Atomic) return false;
        if (write.Mode == SeedWriteMode.Auto && graph.Entities.Count + graph.Relations.Count < SeedWriteOptions.BatchedThreshold) return false;
        var nodes = (await client.ReadAsync(new CypherStatement(SeedWriteCypher.CountNodes), cancellationToken)).Rows.Single().Get<long>("nodes");
        if (nodes == 0) return true;
        if (write.Mode == SeedWriteMode.Batched)
            throw new InvalidOperationException($"a batched load needs an empty database; {client.Endpoint} holds {nodes:N0} nodes");
        return false;
    }

    List<Step> AtomicSteps(SeedGraph graph, SeedWriteOptions write, int batchSize)
    {
        var steps = new List<Step>
        {
            new("removing stale data", 0, 0, () => new CypherStatement(SeedWriteCypher.RemoveStale, new Dictionary<string, object?>
            {
                ["entityIds"] = graph.Entities.Select(e => e.Id).ToList(),
                ["relationKeys"] = graph.Relations.Select(SeedWriteCypher.RelationKey).ToList(),
            })),
        };
        if (write.DiscardCuratedChanges) steps.Add(new("discarding curated changes", 0, 0, () => new CypherStatement(SeedWriteCypher.DiscardCuratedChanges)));
        foreach (var batch in graph.Entities.Chunk(batchSize))
            steps.Add(new("entities", batch.Length, 0, () => Rows(SeedWriteCypher.WriteEntities, batch.Select(EntityRow))));
        foreach (var kind in graph.Relations.GroupBy(r => r.Kind))
            foreach (var batch in kind.Chunk(batchSize))
                steps.Add(new("relations", 0, batch.Length, () => Rows(SeedWriteCypher.WriteRelations(kind.Key), batch.Select(RelationRow))));
        AddMerged(graph, steps);
        return steps;
    }

    List<Step> BatchedSteps(SeedGraph graph, int batchSize)
    {
        var steps = new List<Step>();
        foreach (var batch in graph.Entities.Chunk(batchSize))
            steps.Add(new("entities", batch.Length, 0, () => Rows(SeedWriteCypher.CreateEntities, batch.Select(e => Compact(EntityRow(e))))));
        foreach (var batch in graph.Relations.Chunk(batchSize))
            steps.Add(new("relations", 0, batch.Length, () => Rows(SeedWriteCypher.CreateRelations, batch.Select(r => Compact(RelationRow(r))))));
        AddMerged(graph, steps);
        return steps;
    }

    /// <summary>
    /// Each source's held text: normalised as its node's <c>text</c> (curation checks quotes against it), as served as
    /// <c>heldText</c> (Source.text). The texts the graph was loaded with, else those read from the seed folder.
    /// </summary>
    static Step SourceTexts(SeedGraph graph, string? folder) =>
        new("source texts", 0, 0, () => CurationSourceTextCypher.Statement(graph.Texts.Count > 0 || folder is null
            ? graph.Texts.Select(p => (p.Key, p.Value))
            : Curation.SeedSourceTexts.Read(graph, folder)));

    static void AddMerged(SeedGraph graph, List<Step> steps)
    {
        var merged = MergedRows(graph);
        if (merged.Count > 0) steps.Add(new("merged ids", 0, 0, () => Rows(SeedWriteCypher.WriteMerged, merged)));
    }

    /// <summary>Drops null properties from a row's map: SET of a map leaves them unset anyway, and 1M rows send less JSON.</summary>
    static Dictionary<string, object?> Compact(Dictionary<string, object?> row)
    {
        if (row.TryGetValue("props", out var props) && props is Dictionary<string, object?> map)
            foreach (var key in map.Where(p => p.Value is null).Select(p => p.Key).ToList()) map.Remove(key);
        return row;
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
