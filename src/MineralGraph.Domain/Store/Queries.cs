using MineralGraph.Domain.Model;

namespace MineralGraph.Domain.Store;

/// <summary>How an entity list is ordered.</summary>
public enum EntitySort
{
    NameAsc,
    NameDesc,
    DateAsc,
    DateDesc,
    IdAsc,
}

/// <summary>Which way a relation points, seen from the entity asked about.</summary>
public enum RelationDirection
{
    Outgoing,
    Incoming,
    Both,
}

/// <summary>
/// A page of entities. Null filters do not filter. <see cref="NameContains"/> is compared folded
/// (case, accents, punctuation ignored) against the name and every alias. Dates filter on <see cref="Entity.Date"/>:
/// entities without a date are left out when a date bound is given.
/// </summary>
public sealed record EntityListQuery
{
    public EntityKind? Kind { get; init; }
    public string? NameContains { get; init; }
    public string? Country { get; init; }
    public string? Type { get; init; }
    public string? Status { get; init; }
    public DateOnly? DateFrom { get; init; }
    public DateOnly? DateTo { get; init; }
    public EntitySort Sort { get; init; } = EntitySort.NameAsc;
    public int First { get; init; } = QueryDefaults.PageSize;
    public int Offset { get; init; }
    public bool IncludeTotal { get; init; }
}

/// <summary>A name search. <see cref="Text"/> must hold at least one letter or digit, in at most <see cref="Text.SearchText.MaxLength"/> characters.</summary>
public sealed record SearchQuery(string Text, IReadOnlyCollection<EntityKind>? Kinds = null, int First = QueryDefaults.SearchHits);

/// <summary>
/// A page of the relations of one entity. With <see cref="AsOf"/>, relations whose dates say they did not hold
/// on that day are left out; those with unknown dates stay. Retracted relations are left out unless asked for.
/// Denied claims are listed like any other unless <see cref="Denied"/> picks one side. With <see cref="MinAmount"/>,
/// only relations whose amount is at least it (<see cref="Amount.IsAtLeast"/>) stay. Relations are ordered as
/// <see cref="Order"/> says: by kind name, then id, unless ordered by amount.
/// </summary>
public sealed record RelationListQuery
{
    public required string EntityId { get; init; }
    public IReadOnlyCollection<RelationKind>? Kinds { get; init; }
    public RelationDirection Direction { get; init; } = RelationDirection.Both;
    public DateOnly? AsOf { get; init; }
    public int First { get; init; } = QueryDefaults.PageSize;
    public int Offset { get; init; }
    public bool IncludeTotal { get; init; }
    /// <summary>Include relations a curator retracted (they are left out by default).</summary>
    public bool IncludeRetracted { get; init; }
    /// <summary>Only denied claims (true), only affirmed ones (false), or both (null).</summary>
    public bool? Denied { get; init; }
    /// <summary>Only relations whose amount, in this unit, is at least this value.</summary>
    public AmountBound? MinAmount { get; init; }
    public RelationOrder Order { get; init; } = RelationOrder.Kind;
}

/// <summary>
/// How a list of one entity's relations is ordered. By amount: relations with an amount first, grouped by unit
/// (ordinal, so figures in different units are never compared), by value within a unit, ties and relations without
/// an amount by kind name then id.
/// </summary>
public enum RelationOrder
{
    /// <summary>Kind name, then id (ordinal).</summary>
    Kind,
    AmountDescending,
    AmountAscending,
}

/// <summary>
/// The graph around an entity, breadth first, ignoring direction. Each node expands at most
/// <see cref="LimitPerNode"/> relations (ordered by kind name, then id) and the whole result holds at most
/// <see cref="MaxNodes"/> nodes; <see cref="Subgraph.Truncated"/> says when either limit cut something off.
/// </summary>
public sealed record NeighbourhoodQuery
{
    public required string Id { get; init; }
    public int Depth { get; init; } = QueryDefaults.NeighbourhoodDepth;
    public IReadOnlyCollection<RelationKind>? Kinds { get; init; }
    public DateOnly? AsOf { get; init; }
    public int LimitPerNode { get; init; } = QueryDefaults.LimitPerNode;
    public int MaxNodes { get; init; } = QueryDefaults.MaxNodes;
}

/// <summary>
/// The strongest distinct chains between two entities of at most <see cref="MaxHops"/> relations, ignoring direction:
/// chains of ties between actors first (see <see cref="Ranking.PathSearch"/> and <see cref="Ranking.PathRanking"/>).
/// </summary>
public sealed record PathQuery
{
    public required string From { get; init; }
    public required string To { get; init; }
    public int MaxHops { get; init; } = QueryDefaults.PathHops;
    public IReadOnlyCollection<RelationKind>? Kinds { get; init; }
    public DateOnly? AsOf { get; init; }
    public int First { get; init; } = QueryDefaults.Paths;
    /// <summary>Actor chains first (topical ones only when there is none), or both kinds together.</summary>
    public PathThrough Through { get; init; } = QueryDefaults.Through;
    /// <summary>The day ties are judged on when <see cref="AsOf"/> is not given; null: the UTC date now. The API passes its clock's.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>The day each tie's dates are judged on for its strength.</summary>
    public DateOnly JudgedOn => AsOf ?? Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
}

/// <summary>
/// Which alliances share capacity at <see cref="Stage"/> for minerals that <see cref="RestrictedBy"/> restricts
/// (optionally only <see cref="Mineral"/>).
/// </summary>
public sealed record CapacityQuery
{
    public CapacityStage Stage { get; init; } = QueryDefaults.Stage;
    public string RestrictedBy { get; init; } = QueryDefaults.RestrictedBy;
    public string? Mineral { get; init; }
    public DateOnly? AsOf { get; init; }
}

/// <summary>
/// The change log after change number <see cref="Since"/>, oldest first: only changes touching <see cref="Ids"/>
/// (<see cref="Curation.ChangeScope"/>) when given, only <see cref="Operations"/> when given, <see cref="First"/> at
/// a time, after the change <see cref="After"/> (a <see cref="ChangeCursor"/>) names.
/// </summary>
public sealed record ChangesQuery(
    long Since,
    IReadOnlyList<string>? Ids = null,
    IReadOnlyList<Curation.ChangeOperation>? Operations = null,
    int First = QueryDefaults.PageSize,
    string? After = null);
