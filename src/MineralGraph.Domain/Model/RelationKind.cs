namespace MineralGraph.Domain.Model;

/// <summary>How two entities are tied. Every kind has a direction: <c>from</c> does it to <c>to</c>.</summary>
public enum RelationKind
{
    HoldsPosition,
    MemberOf,
    Announced,
    TookPartIn,
    Covers,
    Produces,
    Processes,
    Refines,
    HoldsReserves,
    Restricts,
    ImposedBy,
    Operates,
    Owns,
    Funds,
    ModelledOn,
    Succeeds,
    PartOf,
    BasedIn,
    RespondsTo,
    /// <summary>A party has stated a position on something; the position is the relation's role.</summary>
    StatesPosition,
    /// <summary>A measure or agreement has an effect on a party; how, in the role.</summary>
    Affects,
    /// <summary>A looser tie than PART_OF ("G7-linked"): the source links the two without saying one is part of the other.</summary>
    AssociatedWith,
    /// <summary>A government or company dominates a stage of a mineral's supply chain; the stage is the role.</summary>
    Dominates,
}
