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

    /// <summary>
    /// The changes after <see cref="ChangesQuery.Since"/> (and the cursor), oldest first, touching the ids when given
    /// (<see cref="ChangeScope"/>, the rule <see cref="HistoryAsync"/> follows) and of the operations when given.
    /// Refuses with <see cref="ArgumentException"/> naming the argument what <see cref="QueryArguments.Check(ChangesQuery)"/>
    /// refuses and a <c>since</c> after the latest change; with <see cref="UnknownIdsException"/> ids that never existed
    /// (an id only in history — a merged-away entity, a retracted relation — is known).
    /// </summary>
    Task<Page<Change>> ChangesAsync(ChangesQuery query, CancellationToken ct = default);

    /// <summary>The number of the latest change; 0 when nothing was ever changed.</summary>
    Task<long> LatestSequenceAsync(CancellationToken ct = default);
}
