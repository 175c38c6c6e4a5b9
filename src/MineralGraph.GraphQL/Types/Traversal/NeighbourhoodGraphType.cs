using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Types.Entities;
using MineralGraph.GraphQL.Types.Enums;
using MineralGraph.GraphQL.Types.Relations;

namespace MineralGraph.GraphQL.Types.Traversal;

public sealed class NeighbourhoodGraphType : ObjectGraphType<Neighbourhood>
{
    public NeighbourhoodGraphType()
    {
        Name = "Neighbourhood";
        Description = "The graph around an entity as network-drawing libraries take it: Cytoscape.js elements " +
                      "({data: node} / {data: edge}) or a sigma.js/graphology graph map directly from `nodes` and `edges`.";
        Field<NonNullGraphType<EntityInterface>>("center").Description("The entity asked about.").Resolve(c => c.Source.Center);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeGraphType>>>>("nodes").Description("Every entity reached, the center included.")
            .Resolve(c => c.Source.Graph.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphEdgeGraphType>>>>("edges").Description("Every relation between the nodes that was followed.")
            .Resolve(c => c.Source.Graph.Edges.Select(r => new At<Relation>(r, c.Source.On)));
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description($"True when limitPerNode or the {QueryDefaults.MaxNodes}-node cap cut something off.")
            .Resolve(c => c.Source.Graph.Truncated);
    }
}

public sealed class GraphNodeGraphType : ObjectGraphType<Entity>
{
    public GraphNodeGraphType()
    {
        Name = "GraphNode";
        Description = "A node for drawing: id, kind and label, plus the entity for any other field.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The entity id; edges name it in `source` and `target`.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<EntityKindEnum>>("kind").Description("What the entity is, for styling.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("label").Description("The text to show: the entity's name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<EntityInterface>>("entity").Description("The entity itself.").Resolve(c => c.Source);
    }
}

public sealed class GraphEdgeGraphType : ObjectGraphType<At<Relation>>
{
    public GraphEdgeGraphType()
    {
        Name = "GraphEdge";
        Description = "An edge for drawing: a relation from `source` to `target` (node ids), with its dates, validity and evidence.";
        Field<NonNullGraphType<IdGraphType>>("source").Description("The id of the node the relation starts from (its `from`).").Resolve(c => c.Source.Value.From);
        Field<NonNullGraphType<IdGraphType>>("target").Description("The id of the node the relation points to (its `to`).").Resolve(c => c.Source.Value.To);
        Field<NonNullGraphType<StringGraphType>>("label").Description("The text to show: the role when there is one, else the kind.")
            .Resolve(c => c.Source.Value.Role ?? c.Source.Value.Kind.Name());
        RelationFieldSet.AddShared(this);
        Field<NonNullGraphType<RelationGraphType>>("relation").Description("The relation itself, with its resolved ends.").Resolve(c => c.Source);
    }
}
