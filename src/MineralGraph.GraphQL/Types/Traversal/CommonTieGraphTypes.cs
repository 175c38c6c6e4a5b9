using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Types.Entities;
using MineralGraph.GraphQL.Types.Enums;
using MineralGraph.GraphQL.Types.Relations;

namespace MineralGraph.GraphQL.Types.Traversal;

public sealed class CommonTieGraphType : ObjectGraphType<At<CommonTie>>
{
    public CommonTieGraphType()
    {
        Name = "CommonTie";
        Description = "An entity tied to every entity asked about (an interlock), with each of those ties and its evidence.";
        Field<NonNullGraphType<EntityInterface>>("entity").Description("The entity they all have a tie to.").Resolve(c => c.Source.Value.Entity);
        Field<NonNullGraphType<IntGraphType>>("strength")
            .Description("0 to 100: for each entity asked about its strongest tie to this one counts, and the weakest of those is the strength. Common ties come strongest first.")
            .Resolve(c => c.Source.Value.Strength);
        Field<NonNullGraphType<CommonTieLinkGraphType>>("weakestTie").Description("The tie that sets the strength.")
            .Resolve(c => Link(c.Source, c.Source.Value.Links[c.Source.Value.WeakestLink]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommonTieLinkGraphType>>>>("ties")
            .Description("Its ties to the entities asked about, in the order they were asked, each strongest first.")
            .Resolve(c => c.Source.Value.Links.Select(l => Link(c.Source, l)));
    }

    static CommonTieEnd Link(At<CommonTie> tie, CommonTieLink link) => new(tie.Value.Entity, link, tie.On);
}

/// <summary>One tie of a common entity, seen from it.</summary>
public sealed record CommonTieEnd(Entity Common, CommonTieLink Link, DateOnly On);

public sealed class CommonTieLinkGraphType : ObjectGraphType<CommonTieEnd>
{
    public CommonTieLinkGraphType()
    {
        Name = "CommonTieLink";
        Description = "One tie between a common entity and an entity asked about.";
        Field<NonNullGraphType<EntityInterface>>("with").Description("The entity asked about that this tie reaches.").Resolve(c => c.Source.Link.With);
        Field<NonNullGraphType<RelationGraphType>>("relation").Description("The relation, with its evidence.").Resolve(c => new At<Relation>(c.Source.Link.Relation, c.Source.On));
        Field<NonNullGraphType<RelationDirectionEnum>>("direction")
            .Description("OUTGOING when the common entity is the relation's `from` (Canada MEMBER_OF the USMCA, seen from Canada), INCOMING when it is its `to`.")
            .Resolve(c => c.Source.Link.Relation.From == c.Source.Common.Id ? RelationDirection.Outgoing : RelationDirection.Incoming);
        Field<NonNullGraphType<TieStrengthGraphType>>("strength").Description("How well the relation is supported, and why.").Resolve(c => c.Source.Link.Strength);
    }
}
