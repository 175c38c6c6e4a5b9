namespace MineralGraph.Store.Neo4j.Loading;

/// <summary>How a seed is written: all or nothing, or in batches that each commit.</summary>
public enum SeedWriteMode
{
    /// <summary>Batched when the database is empty and the graph has at least <see cref="SeedWriteOptions.BatchedThreshold"/> entities and relations; atomic otherwise.</summary>
    Auto,
    /// <summary>One explicit transaction: readers see the old graph or the new one, never half. Stale data is removed.</summary>
    Atomic,
    /// <summary>
    /// Into an empty database only: entities, then relations, CREATEd in batches of <see cref="SeedWriteOptions.BatchSize"/>
    /// rows, each batch its own transaction. Readers may see a partly loaded graph meanwhile, and a failed load leaves
    /// one behind (empty the database and load again). That is the price of loading 1M relations in seconds: one
    /// transaction would hold the whole graph in Neo4j's heap.
    /// </summary>
    Batched,
}

/// <summary>What a caller may ask of <see cref="Neo4jSeedWriter"/> beyond the graph itself.</summary>
public sealed record SeedWriteOptions
{
    /// <summary>From this many entities + relations, <see cref="SeedWriteMode.Auto"/> batches a load into an empty database.</summary>
    public const int BatchedThreshold = 100_000;

    public static SeedWriteOptions Default { get; } = new();

    public SeedWriteMode Mode { get; init; } = SeedWriteMode.Auto;

    /// <summary>Rows per statement (and per transaction) in a batched load.</summary>
    public int BatchSize { get; init; } = 10_000;

    /// <summary>
    /// Delete the curated changes (<c>(:Change)</c> nodes) in the load's transaction. Callers that replace a curated
    /// database must ask for this explicitly (<c>seed load --discard-curated</c>); the writer itself never refuses.
    /// </summary>
    public bool DiscardCuratedChanges { get; init; }

    /// <summary>The seed folder: when given, each source's document (its <c>file</c>) is stored normalised as the source's <c>text</c>, for curation's quote checks.</summary>
    public string? SeedDirectory { get; init; }
}
