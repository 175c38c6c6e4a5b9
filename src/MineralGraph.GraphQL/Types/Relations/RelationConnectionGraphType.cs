using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Loading;
using MineralGraph.GraphQL.Resolvers;
using MineralGraph.GraphQL.Types.Entities;
using MineralGraph.GraphQL.Types.Enums;

namespace MineralGraph.GraphQL.Types.Relations;

public sealed class RelationConnectionGraphType : ObjectGraphType<RelationPage>
{
    public RelationConnectionGraphType()
    {
        Name = "RelationConnection";
        Description = "A page of an entity's relations.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationEdgeGraphType>>>>("edges").Description("The relations of this page, each with its cursor.")
            .Resolve(c => Edges(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("nodes").Description("The relations of this page, without cursors.")
            .Resolve(c => c.Source.Page.Items.Select(r => new At<Relation>(r, c.Source.On)));
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Whether more relations follow, and the cursor to fetch them.")
            .Resolve(c => PageInfo.Of(c.Source.Page));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many relations match in all pages (counted only when asked for).")
            .Resolve(c => c.Source.Page.TotalCount ?? 0);
    }

    static IEnumerable<RelationEdge> Edges(RelationPage page) =>
        page.Page.Items.Select((r, i) => new RelationEdge(
            new At<Relation>(r, page.On),
            Cursor.Encode(page.Page.Offset + i),
            r.From == page.EntityId ? RelationDirection.Outgoing : RelationDirection.Incoming,
            r.OtherEnd(page.EntityId)));
}

public sealed class RelationEdgeGraphType : ObjectGraphType<RelationEdge>
{
    public RelationEdgeGraphType()
    {
        Name = "RelationEdge";
        Description = "A relation seen from the entity whose relations are listed.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to continue after this relation.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<RelationGraphType>>("node").Description("The relation.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<RelationDirectionEnum>>("direction").Description("OUTGOING when the listed entity is the relation's `from`, INCOMING when it is its `to`.")
            .Resolve(c => c.Source.Direction);
        Field<NonNullGraphType<EntityInterface>>("other").Description("The entity at the other end.")
            .Resolve(c => c.Graph().Entities.Load(c.Source.OtherId).Then(e => e ?? throw Missing(c.Source.OtherId)));
    }

    static Exception Missing(string id) => new InvalidOperationException($"relation end '{id}' is not in the store");
}
