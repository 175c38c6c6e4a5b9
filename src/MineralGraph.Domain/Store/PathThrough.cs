namespace MineralGraph.Domain.Store;

/// <summary>
/// Which ties a path may be made of (<see cref="Model.TieClasses"/>). Asked of a search, and said of each path found.
/// </summary>
public enum PathThrough
{
    /// <summary>
    /// Asked: chains of ties between actors; a chain needing a topical tie only when no actor chain exists within
    /// maxHops. Said of a path: every step is a tie between actors.
    /// </summary>
    Actors,
    /// <summary>
    /// Asked: actor chains and chains through subjects (minerals) too, ranked together. Said of a path: at least one
    /// step is a topical tie.
    /// </summary>
    Any,
}
