using GraphQL.Types;
using MineralGraph.Domain.Model;
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
        Description = "A chain of relations from one entity to another. Each step cites its evidence.";
        Field<NonNullGraphType<IntGraphType>>("hops").Description("How many relations the path follows.").Resolve(c => c.Source.Value.Hops);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("nodes").Description("The entities along the path, first to last.")
            .Resolve(c => c.Source.Value.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathStepGraphType>>>>("steps").Description("The hops in order: from, relation, to.")
            .Resolve(c => Steps(c.Source));
    }

    static IEnumerable<PathStep> Steps(At<GraphPath> path) =>
        path.Value.Relations.Select((r, i) => new PathStep(path.Value.Nodes[i], new At<Relation>(r, path.On), path.Value.Nodes[i + 1]));
}

public sealed class PathStepGraphType : ObjectGraphType<PathStep>
{
    public PathStepGraphType()
    {
        Name = "PathStep";
        Description = "One hop of a path: the entity it leaves, the relation it follows and the entity it reaches.";
        Field<NonNullGraphType<EntityInterface>>("from").Description("The entity this step leaves.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<RelationGraphType>>("relation").Description("The relation followed, with its evidence.").Resolve(c => c.Source.Relation);
        Field<NonNullGraphType<EntityInterface>>("to").Description("The entity this step reaches.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<PathDirectionEnum>>("direction").Description("FORWARD when the relation points from `from` to `to`, BACKWARD when the path walks it against its direction.")
            .Resolve(c => c.Source.Forward);
    }
}
