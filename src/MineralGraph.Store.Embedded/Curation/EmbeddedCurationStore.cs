using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Embedded.Curation;

/// <summary>
/// Curated writes for the embedded store: each change is checked, appended to the SQLite journal (committed),
/// then applied to the curated graph, whose new snapshot replaces the one queries read. One change at a time: the
/// others wait in a <see cref="WriterQueue"/> for at most <see cref="WriterWait"/>, then get <see cref="StoreBusyException"/>.
/// </summary>
public sealed class EmbeddedCurationStore : ICurationStore, IDisposable
{
    readonly EmbeddedGraphStore store;
    readonly CuratedGraph graph;
    readonly SqliteChangeJournal journal;
    readonly TimeProvider clock;
    readonly ChangeSignal signal;
    /// <summary>How long a change waits for those before it (a snapshot rebuild on a large graph takes seconds).</summary>
    public static readonly TimeSpan WriterWait = TimeSpan.FromSeconds(10);

    readonly SemaphoreSlim writer = new(1, 1);
    readonly WriterQueue writers = new(WriterWait);

    /// <summary>Replays the journal over the seed and makes the result the store's snapshot.</summary>
    public EmbeddedCurationStore(EmbeddedGraphStore store, SeedGraph seed, string seedDirectory, SqliteChangeJournal journal, TimeProvider? clock = null)
    {
        this.store = store;
        this.journal = journal;
        this.clock = clock ?? TimeProvider.System;
        graph = new CuratedGraph(seed, seedDirectory);
        foreach (var entry in journal.ReadAll())
        {
            try
            {
                graph.Apply(entry.Command, entry.Actor, entry.At, entry.Sequence);
            }
            catch (CurationRejectedException e)
            {
                throw new InvalidOperationException(
                    $"curated change {entry.Sequence} ({entry.Command.Operation} by {entry.Actor}) no longer applies over graph-seed: {string.Join("; ", e.Problems)}. " +
                    "Export the curated graph (mineralgraph seed export) or fix graph-seed before starting.", e);
            }
        }
        if (graph.History.Count > 0) store.Replace(EmbeddedGraph.Build(graph.ToSeedGraph()));
        signal = new ChangeSignal(graph.LastSequence);
    }

    /// <summary>Raised right after each change is committed to the journal and applied (never for a repeat).</summary>
    public IChangeSignal Signal => signal;

    public async Task<Change> ApplyAsync(CurationCommand command, Curator curator, CancellationToken cancellationToken = default)
    {
        using var turn = await writers.EnterAsync(cancellationToken);
        await writer.WaitAsync(cancellationToken);
        try
        {
            var prepared = graph.Prepare(command, curator.Name, clock.GetUtcNow());
            if (prepared.IsRepeat) return prepared.Change;
            journal.Append(prepared);
            graph.Commit(prepared);
            store.Replace(EmbeddedGraph.Build(graph.ToSeedGraph()));
            signal.Raise(prepared.Change.Sequence);
            return prepared.Change;
        }
        finally
        {
            writer.Release();
        }
    }

    public async Task<IReadOnlyList<Change>> HistoryAsync(string id, CancellationToken cancellationToken = default)
    {
        await writer.WaitAsync(cancellationToken);
        try
        {
            return graph.HistoryOf(id).Select(graph.Named).ToList();
        }
        finally
        {
            writer.Release();
        }
    }

    public async Task<Page<Change>> ChangesAsync(ChangesQuery query, CancellationToken ct = default)
    {
        var after = QueryArguments.Check(query);
        await writer.WaitAsync(ct);
        try
        {
            QueryArguments.CheckSince(query.Since, graph.LastSequence);
            ChangeScope? scope = null;
            if (query.Ids is { Count: > 0 } ids)
            {
                var unknown = ids.Where(id => !graph.IsKnown(id)).Distinct(StringComparer.Ordinal).ToList();
                if (unknown.Count > 0) throw new UnknownIdsException("ids", unknown);
                scope = graph.ScopeOf(ids);
            }
            var page = ChangeLog.Select(graph.History, query, after, scope);
            return page with { Items = page.Items.Select(graph.Named).ToList() };
        }
        finally
        {
            writer.Release();
        }
    }

    public Task<long> LatestSequenceAsync(CancellationToken ct = default) => Task.FromResult(signal.Latest);

    public void Dispose()
    {
        signal.Dispose();
        journal.Dispose();
        writer.Dispose();
        writers.Dispose();
    }
}
