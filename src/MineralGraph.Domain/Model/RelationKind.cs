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
}
