using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.GraphQL.Types.Lists;

/// <summary>A page of entities of one kind (GovernmentConnection, OfficialConnection…).</summary>
public sealed class EntityConnectionGraphType<TNode> : ObjectGraphType<Page<Entity>> where TNode : IGraphType
{
    public EntityConnectionGraphType()
    {
        var node = NodeName.Of<TNode>();
        Name = node + "Connection";
        Description = $"A page of {node} entities.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityEdgeGraphType<TNode>>>>>("edges").Description("The entities of this page, each with its cursor.")
            .Resolve(c => c.Source.Items.Select((e, i) => new Edge<Entity>(e, Cursor.Encode(c.Source.Offset + i))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNode>>>>("nodes").Description("The entities of this page, without cursors.")
            .Resolve(c => c.Source.Items);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Whether more entities follow, and the cursor to fetch them.")
            .Resolve(c => PageInfo.Of(c.Source));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many entities match in all pages (counted only when asked for).")
            .Resolve(c => c.Source.TotalCount ?? 0);
    }
}

public sealed class EntityEdgeGraphType<TNode> : ObjectGraphType<Edge<Entity>> where TNode : IGraphType
{
    public EntityEdgeGraphType()
    {
        var node = NodeName.Of<TNode>();
        Name = node + "Edge";
        Description = $"A {node} and its place in the list.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to continue after this entity.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNode>>("node").Description($"The {node}.").Resolve(c => c.Source.Node);
    }
}

static class NodeName
{
    /// <summary>GovernmentGraphType → Government.</summary>
    public static string Of<TNode>() => typeof(TNode).Name.Replace("GraphType", "", StringComparison.Ordinal);
}
