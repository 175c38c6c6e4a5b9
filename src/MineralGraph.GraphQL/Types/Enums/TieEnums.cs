using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.GraphQL.Types.Enums;

public sealed class TieClassEnum : EnumerationGraphType
{
    public TieClassEnum()
    {
        Name = "TieClass";
        Description = "What a tie says about the two entities it joins. Every relation kind is one or the other (the server README lists each with its reason); a tie touching a mineral is always topical.";
        Add("ACTOR", TieClass.Actor, "One actor did something with or to another: holds a post in it, is a member of it, took part in a meeting with it, funds it, imposed it.");
        Add("TOPICAL", TieClass.Topical, "The two only concern the same subject: an agreement covers lithium, a country holds lithium reserves.");
    }
}

public sealed class PathThroughEnum : EnumerationGraphType
{
    public PathThroughEnum()
    {
        Name = "PathThrough";
        Description = "Which ties a path may be made of: asked of `paths`, and said of each path found.";
        Add("ACTORS", PathThrough.Actors, "Asked: chains of ties between actors; a chain needing a topical tie only when no actor chain exists within maxHops. Said of a path: every step is a tie between actors.");
        Add("ANY", PathThrough.Any, "Asked: actor chains and chains through subjects such as minerals too, ranked together. Said of a path: at least one step is a topical tie.");
    }
}
