namespace MineralGraph.Synthetic;

/// <summary>
/// What to generate: a graph of exactly <see cref="Entities"/> entities and <see cref="Relations"/> relations,
/// the same one every time for the same <see cref="Seed"/>.
/// </summary>
public sealed record SyntheticGraphOptions
{
    public const int MinEntities = 1_000;
    /// <summary>Entity positions are packed into 22 bits of the duplicate-relation key.</summary>
    public const int MaxEntities = 4_000_000;
    public const int MaxRelations = 50_000_000;
    /// <summary>Denser graphs run out of distinct (kind, from, to) ties to draw.</summary>
    public const int MaxRelationsPerEntity = 200;

    public int Seed { get; init; }
    public int Entities { get; init; } = 100_000;
    public int Relations { get; init; } = 1_000_000;

    /// <summary>Every problem with the options, or none. Relations must be at least twice the entities so every company, project, agency, official and measure gets its base ties, and at most 200 times.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Entities is < MinEntities or > MaxEntities)
            problems.Add($"entities must be between {MinEntities:N0} and {MaxEntities:N0} (got {Entities:N0})");
        if (Relations > MaxRelations)
            problems.Add($"relations must be at most {MaxRelations:N0} (got {Relations:N0})");
        if (Relations > (long)MaxRelationsPerEntity * Entities)
            problems.Add($"relations must be at most {MaxRelationsPerEntity} times the entities ({(long)MaxRelationsPerEntity * Entities:N0} for {Entities:N0} entities; got {Relations:N0})");
        if (Relations < 2L * Entities)
            problems.Add($"relations must be at least twice the entities ({2L * Entities:N0} for {Entities:N0} entities; got {Relations:N0})");
        return problems;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming every problem.</summary>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0) throw new ArgumentException("invalid synthetic graph options: " + string.Join("; ", problems));
    }
}
