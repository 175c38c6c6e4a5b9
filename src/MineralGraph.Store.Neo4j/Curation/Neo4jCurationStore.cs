using Microsoft.Extensions.Options;
using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;
using MineralGraph.Store.Neo4j.Reading;
using MineralGraph.Store.Neo4j.Versioning;

namespace MineralGraph.Store.Neo4j.Curation;

/// <summary>
/// Curated writes on Neo4j. Each change is ONE explicit transaction: take the change lock (serialising curators,
/// and returning any change already recorded under the curator's idempotency key), read what the rules need in one
/// statement, plan with <see cref="CurationRules"/>, write the plan and its <c>(:Change)</c> record, commit.
/// A refused change, or a repeat, is rolled back: nothing is written, the change number is not used up.
/// <para>
/// Every transaction this store opens ends: committed, or rolled back on any error, refusal, timeout or
/// cancellation; and Neo4j itself terminates it after <see cref="Neo4jOptions.TransactionTimeout"/> if this server
/// dies holding it. Changes from this server wait in one <see cref="WriterQueue"/> (at most
/// <see cref="Neo4jOptions.WriteQueueTimeout"/>, then <see cref="StoreBusyException"/>) rather than in Neo4j: a
/// transaction blocked on the change lock holds one of Neo4j's few HTTP worker threads, and enough of them starve
/// the lock holder's own next request, freezing every curator until transactions expire.
/// </para>
/// </summary>
public sealed class Neo4jCurationStore(
    Neo4jQueryApiClient client, GraphReader reader, GraphVersion version, IOptions<Neo4jOptions> options, TimeProvider? clock = null) : ICurationStore, IDisposable
{
    readonly TimeProvider clock = clock ?? TimeProvider.System;
    readonly TimeSpan transactionTimeout = options.Value.TransactionTimeout;
    readonly WriterQueue writers = new(options.Value.WriteQueueTimeout);

    /// <summary>Whole-transaction attempts when Neo4j reports a transient failure (a deadlock, a lock timeout) before the commit.</summary>
    const int Attempts = 3;

    /// <summary>Neo4j's answers for a transaction it terminated (its timeout ran out, typically waiting for another server's lock).</summary>
    static readonly HashSet<string> Terminated = new(StringComparer.Ordinal)
    {
        "Neo.ClientError.Transaction.TransactionTimedOut",
        "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
        "Neo.ClientError.Transaction.LockClientStopped",
        "Neo.ClientError.Transaction.Terminated",
        "Neo.ClientError.Transaction.TransactionNotFound",
    };

    public async Task<Change> ApplyAsync(CurationCommand command, Curator curator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var commandJson = GraphJson.Write(command);
        using var turn = await writers.EnterAsync(cancellationToken);
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
            catch (Neo4jClientException e) when (Terminated.Contains(e.Code))
            {
                throw new StoreBusyException($"Neo4j at {client.Endpoint} ended the change's transaction ({e.Code}): nothing was written", TimeSpan.FromSeconds(1), e);
            }
            catch (Exception e) when (StoreUnavailability.Means(e))
            {
                throw StoreUnavailability.Of(client, e);
            }
        }
    }

    async Task<Change> ApplyOnceAsync(CurationCommand command, string commandJson, Curator curator, CancellationToken request)
    {
        // Once begun, a change runs on its own clock, not the request's: a statement cancelled in flight would leave
        // Neo4j working on a transaction nobody can then roll back. The request is checked between statements, and a
        // client gone by then gets its change rolled back, never half-made.
        using var budget = new CancellationTokenSource(transactionTimeout);
        var token = budget.Token;
        try
        {
            // Disposing without a commit rolls back (and so releases the lock) before an exception leaves this method.
            await using var transaction = await client.BeginAsync(transactionTimeout, token);

            var locked = (await transaction.RunAsync(CurationLockCypher.Statement(command.IdempotencyKey, curator.Name), token)).Single();
            if (locked["earlier"] is not null)
            {
                var (earlier, earlierJson) = ChangeProperties.FromMap(locked["earlier"]);
                await transaction.RollbackAsync(token);
                return earlierJson == commandJson
                    ? earlier
                    : throw new CurationRejectedException([new("idempotencyKey", "was already used for a different request")]);
            }
            var sequence = locked.Get<long>("seq");
            request.ThrowIfCancellationRequested();

            var references = CommandReferences.Of(command);
            var read = await transaction.RunAsync(
                CurationLookupCypher.Statement(references.EntityIds, references.TextIds, references.RelationIds, references.Generated, references.Pair), token);
            var lookup = new Neo4jCurationLookup(references, read.Single());

            var at = clock.GetUtcNow();
            var plan = CurationRules.Plan(command, lookup, curator.Name, at);
            var change = plan.ToChange(sequence, at, curator.Name);

            foreach (var statement in Writes(plan))
            {
                var written = await transaction.RunAsync(statement, token);
                // Every write names nodes the lookup just found under the lock; no row means the plan did not apply.
                if (written.Rows.Count != 1) throw new InvalidOperationException($"a curated {command.Operation} wrote {written.Rows.Count} rows, not 1; rolled back");
            }
            await transaction.RunAsync(CurationChangeCypher.Statement(ChangeProperties.ToProperties(change, commandJson)), token);
            request.ThrowIfCancellationRequested();
            try
            {
                await transaction.CommitAsync(token);
            }
            finally
            {
                // Committed (or, if the answer was lost, perhaps committed): nothing read before may be served again.
                version.Invalidate();
            }
            return change;
        }
        catch (OperationCanceledException e) when (budget.IsCancellationRequested && !request.IsCancellationRequested)
        {
            throw new StoreUnavailableException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Neo4j at {client.Endpoint} did not finish the change within {transactionTimeout.TotalSeconds:0.#} s (Neo4j:TransactionTimeout); it was rolled back"), e);
        }
    }

    public async Task<IReadOnlyList<Change>> HistoryAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await reader.ReadAsync(CurationHistoryCypher.Statement(id), cancellationToken);
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
            yield return CurationEntityWriteCypher.Statement(entity, plan.SourceText);
        if (plan.RelationAfter is { } relation)
            yield return CurationRelationWriteCypher.Statement(relation, isNew: plan.RelationBefore is null);
    }

    public void Dispose() => writers.Dispose();
}
