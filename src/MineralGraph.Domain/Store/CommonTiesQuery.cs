using MineralGraph.Domain.Model;

namespace MineralGraph.Domain.Store;

/// <summary>
/// The entities tied to every one of <see cref="Ids"/> (2 to 5 different entities): interlocks, such as the agreements
/// Canada, Mexico and the United States are all members of. Ties pass the kinds/asOf filter as for relation lists and
/// are never retracted ones; the ranking is <see cref="Ranking.CommonTieRanking"/>.
/// </summary>
public sealed record CommonTiesQuery
{
    public required IReadOnlyList<string> Ids { get; init; }
    public IReadOnlyCollection<RelationKind>? Kinds { get; init; }
    public DateOnly? AsOf { get; init; }
    public int First { get; init; } = QueryDefaults.CommonTies;
    /// <summary>The day ties are judged on when <see cref="AsOf"/> is not given; null: the UTC date now.</summary>
    public DateOnly? Today { get; init; }

    public DateOnly JudgedOn => AsOf ?? Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
}

/// <summary>
/// The answer to a <see cref="CommonTiesQuery"/>: the entities the ids name (resolved through merges, in the same
/// order; null where an id names nothing) and the common ties, strongest first. No ties when an id is unknown or two
/// ids name the same entity.
/// </summary>
public sealed record CommonTies(IReadOnlyList<Entity?> Of, IReadOnlyList<CommonTie> Ties);

/// <summary>
/// An entity tied to every entity asked about, with each of those ties. It is as strong as its weakest link: for each
/// entity asked about its strongest tie counts, and the weakest of those is <see cref="Strength"/>.
/// </summary>
/// <param name="Links">Its ties to the entities asked about, in the order they were asked, each strongest first (then by relation id).</param>
/// <param name="WeakestLink">The position in <see cref="Links"/> of the tie that sets <see cref="Strength"/>.</param>
public sealed record CommonTie(Entity Entity, int Strength, int WeakestLink, IReadOnlyList<CommonTieLink> Links);

/// <summary>One tie between a common entity and an entity asked about (<see cref="With"/>), with its strength.</summary>
public sealed record CommonTieLink(Entity With, Relation Relation, Ranking.TieStrength Strength);
