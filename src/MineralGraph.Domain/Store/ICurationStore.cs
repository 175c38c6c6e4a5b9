using MineralGraph.Domain.Curation;

namespace MineralGraph.Domain.Store;

/// <summary>
/// The write side of a store. Each change is checked with <see cref="CurationRules"/>, made durable before the
/// call returns (a SQLite journal for the embedded store, one transaction in Neo4j), and recorded in history.
/// A repeated idempotency key returns the first change and applies nothing.
/// </summary>
public interface ICurationStore
{
    /// <summary>Applies the change; <see cref="CurationRejectedException"/> when refused (nothing written).</summary>
    Task<Change> ApplyAsync(CurationCommand command, Curator curator, CancellationToken cancellationToken = default);

    /// <summary>Every change that touched this entity or relation (or an entity merged into it), oldest first.</summary>
    Task<IReadOnlyList<Change>> HistoryAsync(string id, CancellationToken cancellationToken = default);
}
