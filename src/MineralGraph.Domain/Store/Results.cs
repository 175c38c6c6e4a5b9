using MineralGraph.Domain.Model;

namespace MineralGraph.Domain.Store;

/// <summary>A search result: the entity, how well it matched (higher is better) and which name or alias matched.</summary>
public sealed record SearchHit(Entity Entity, double Score, string MatchedName);

/// <summary>Nodes and the relations between them, as network-drawing libraries consume them.</summary>
public sealed record Subgraph(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relation> Edges, bool Truncated);

/// <summary>
/// A path: <c>Nodes[i]</c> and <c>Nodes[i+1]</c> are joined by <c>Relations[i]</c>, in either direction.
/// <see cref="Strength"/> is set on the paths a store answers with (<see cref="Ranking.PathRanking"/>).
/// </summary>
public sealed record GraphPath(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relation> Relations)
{
    public int Hops => Relations.Count;

    public Ranking.PathStrength? Strength { get; init; }
}

/// <summary>One alliance whose members share capacity for restricted minerals.</summary>
public sealed record CapacityShare(
    Entity Alliance,
    IReadOnlyList<CapacityMember> Members,
    IReadOnlyList<RestrictedMineral> Minerals);

/// <summary>A member government, the relation that makes it a member, and what it holds.</summary>
public sealed record CapacityMember(Entity Government, Relation Membership, IReadOnlyList<CapacityHolding> Holdings);

/// <summary>
/// A capacity held by a member: directly (<see cref="Holder"/> is the government) or through a company or
/// project based in it (<see cref="BasedIn"/>). When the capacity mineral and the restricted one differ, one is
/// part of the other (rare earth elements ⊃ dysprosium) and <see cref="GroupLink"/> is that PART_OF relation.
/// </summary>
public sealed record CapacityHolding(
    Entity Holder,
    Entity Mineral,
    Relation Capacity,
    Relation? BasedIn,
    Entity RestrictedMineral,
    Relation? GroupLink);

/// <summary>A mineral the government restricts, with the restriction and who imposed it.</summary>
public sealed record RestrictedMineral(Entity Mineral, Entity? Measure, Relation Restriction, Relation? ImposedBy);

/// <summary>Counts by kind; kind names as in graph-seed (<c>official</c>, <c>MEMBER_OF</c>).</summary>
public sealed record GraphCounts(IReadOnlyDictionary<string, int> Entities, IReadOnlyDictionary<string, int> Relations, int Evidence);
