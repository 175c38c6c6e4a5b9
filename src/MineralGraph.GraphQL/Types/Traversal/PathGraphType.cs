using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Ranking;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Types.Entities;
using MineralGraph.GraphQL.Types.Enums;
using MineralGraph.GraphQL.Types.Relations;

namespace MineralGraph.GraphQL.Types.Traversal;

public sealed class PathGraphType : ObjectGraphType<At<GraphPath>>
{
    public PathGraphType()
    {
        Name = "Path";
        Description = "A chain of relations from one entity to another. Each step cites its evidence; the path is as strong as its weakest step.";
        Field<NonNullGraphType<IntGraphType>>("hops").Description("How many relations the path follows.").Resolve(c => c.Source.Value.Hops);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("nodes").Description("The entities along the path, first to last.")
            .Resolve(c => c.Source.Value.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathStepGraphType>>>>("steps").Description("The hops in order: from, relation, to.")
            .Resolve(c => Steps(c.Source));
        Field<NonNullGraphType<IntGraphType>>("strength").Description("0 to 100: the score of its weakest step (100 for a path of no steps). Paths come strongest first.")
            .Resolve(c => c.Source.Value.Strength!.Score);
        Field<PathStepGraphType>("weakestStep").Description("The step that sets the strength (the first of the weakest); null for a path of no steps.")
            .Resolve(c => c.Source.Value.Strength!.WeakestStep is { } i ? Steps(c.Source).ElementAt(i) : null);
        Field<NonNullGraphType<PathThroughEnum>>("through").Description("ACTORS when every step is a tie between actors; ANY when at least one step is topical.")
            .Resolve(c => c.Source.Value.Strength!.Through);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("hubs")
            .Description($"The very connected entities the path passes through (catch-all mineral groups, or entities with {Hubs.Degree} ties or more), in path order: used only when no chain of its kind within maxHops avoids them.")
            .Resolve(c => c.Source.Value.Strength!.Hubs.Select(id => c.Source.Value.Nodes.First(n => n.Id == id)));
        Field<NonNullGraphType<StringGraphType>>("explanation").Description("Why the path is as strong as it is, in a few sentences a journalist can read.")
            .Resolve(c => c.Source.Value.Strength!.Explanation);
    }

    static IEnumerable<PathStep> Steps(At<GraphPath> path) =>
        path.Value.Relations.Select((r, i) => new PathStep(path.Value.Nodes[i], new At<Relation>(r, path.On), path.Value.Nodes[i + 1], i, path.Value.Strength!.Steps[i]));
}

public sealed class PathStepGraphType : ObjectGraphType<PathStep>
{
    public PathStepGraphType()
    {
        Name = "PathStep";
        Description = "One hop of a path: the entity it leaves, the relation it follows and the entity it reaches.";
        Field<NonNullGraphType<IntGraphType>>("position").Description("Where the step is in its path: 0 for the first.").Resolve(c => c.Source.Position);
        Field<NonNullGraphType<EntityInterface>>("from").Description("The entity this step leaves.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<RelationGraphType>>("relation").Description("The relation followed, with its evidence.").Resolve(c => c.Source.Relation);
        Field<NonNullGraphType<EntityInterface>>("to").Description("The entity this step reaches.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<PathDirectionEnum>>("direction").Description("FORWARD when the relation points from `from` to `to`, BACKWARD when the path walks it against its direction.")
            .Resolve(c => c.Source.Forward);
        Field<NonNullGraphType<TieStrengthGraphType>>("strength").Description("How well the relation is supported, and why.").Resolve(c => c.Source.Strength);
    }
}
