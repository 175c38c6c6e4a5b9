namespace MineralGraph.Domain.Model;

/// <summary>
/// What a tie says about the two entities it joins (<see cref="TieClasses"/> decides it for every relation kind).
/// </summary>
public enum TieClass
{
    /// <summary>One actor did something with or to another: holds a post in it, is a member of it, met it, funds it.</summary>
    Actor,
    /// <summary>The two only concern the same subject: an agreement covers lithium, a country holds lithium reserves.</summary>
    Topical,
}
