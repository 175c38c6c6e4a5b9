using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;

namespace MineralGraph.Store.Neo4j.Curation;

/// <summary>
/// Curated writes on Neo4j. Each change is ONE explicit transaction: take the change lock (serialising curators,
/// and returning any change already recorded under the idempotency key), read what the rules need in one
/// statement, plan with <see cref="CurationRules"/>, write the plan and its <c>(:Change)</c> record, commit.
/// A refused change, or a repeat, is rolled back: nothing is written, the change number is not used up.
/// </summary>
public sealed class Neo4jCurationStore(Neo4jQueryApiClient client, TimeProvider? clock = null) : ICurationStore
{
    readonly TimeProvider clock = clock ?? TimeProvider.System;

    /// <summary>Whole-transaction attempts when Neo4j reports a transient failure (a deadlock, a lock timeout) before the commit.</summary>
    const int Attempts = 3;

    public async Task<Change> ApplyAsync(CurationCommand command, Curator curator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var commandJson = GraphJson.Write(command);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ApplyOnceAsync(command, commandJson, curator, cancellationToken);
            }
            // A transient error is an answer from Neo4j that the transaction was rolled back, so running it again
            // cannot apply the change twice; the HTTP layer never retries writes itself.
            catch (Neo4jTransientException) when (attempt < Attempts)
            {
            }
            catch (Exception e) when (StoreUnavailability.Means(e))
            {
                throw StoreUnavailability.Of(client, e);
            }
        }
    }

    async Task<Change> ApplyOnceAsync(CurationCommand command, string commandJson, Curator curator, CancellationToken cancellationToken)
    {
        // Disposing without a commit rolls back (and so releases the lock) before an exception leaves this method.
        await using var transaction = await client.BeginAsync(cancellationToken);

        var locked = (await transaction.RunAsync(CurationLockCypher.Statement(command.IdempotencyKey, curator.Name), cancellationToken)).Single();
        if (locked["earlier"] is not null)
        {
            var (earlier, earlierJson) = ChangeProperties.FromMap(locked["earlier"]);
            await transaction.RollbackAsync(cancellationToken);
            return earlierJson == commandJson
                ? earlier
                : throw new CurationRejectedException([new("idempotencyKey", "was already used for a different request")]);
        }
        var sequence = locked.Get<long>("seq");

        var references = CommandReferences.Of(command);
        var read = await transaction.RunAsync(
            CurationLookupCypher.Statement(references.EntityIds, references.TextIds, references.RelationIds, references.Generated, references.Merge), cancellationToken);
        var lookup = new Neo4jCurationLookup(references, read.Single());

        var at = clock.GetUtcNow();
        var plan = CurationRules.Plan(command, lookup, curator.Name, at);
        var change = plan.ToChange(sequence, at, curator.Name);

        foreach (var statement in Writes(plan))
        {
            var written = await transaction.RunAsync(statement, cancellationToken);
            // Every write names nodes the lookup just found under the lock; no row means the plan did not apply.
            if (written.Rows.Count != 1) throw new InvalidOperationException($"a curated {command.Operation} wrote {written.Rows.Count} rows, not 1; rolled back");
        }
        await transaction.RunAsync(CurationChangeCypher.Statement(ChangeProperties.ToProperties(change, commandJson)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return change;
    }

    public async Task<IReadOnlyList<Change>> HistoryAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await client.ReadForStoreAsync(CurationHistoryCypher.Statement(id), cancellationToken);
        return result.Rows.Select(r => ChangeProperties.FromMap(r["change"]).Change).ToList();
    }

    /// <summary>How many curated changes the database holds: a seed load would wipe them (<c>mineralgraph seed load</c> refuses).</summary>
    public async Task<long> CuratedChangeCountAsync(CancellationToken cancellationToken = default) =>
        (await client.ReadForStoreAsync(CurationChangeCountCypher.Statement(), cancellationToken)).Single().Get<long>("changes");

    /// <summary>The statements that apply a plan, exactly as <see cref="CuratedGraph"/> applies it in memory.</summary>
    static IEnumerable<CypherStatement> Writes(CurationPlan plan)
    {
        if (plan.MergedId is { } mergedId && plan.EntityAfter is { } survivor)
        {
            yield return CurationMergeCypher.Statement(survivor, mergedId);
            yield break;
        }
        if (plan.EntityAfter is { } entity)
            yield return CurationEntityWriteCypher.Statement(entity, plan.SourceText is { } text ? QuoteText.Normalise(text) : null);
        if (plan.RelationAfter is { } relation)
            yield return CurationRelationWriteCypher.Statement(relation, isNew: plan.RelationBefore is null);
    }
}
