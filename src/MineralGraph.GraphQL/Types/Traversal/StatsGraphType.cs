using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Types.Enums;

namespace MineralGraph.GraphQL.Types.Traversal;

public sealed class StatsGraphType : ObjectGraphType<GraphCounts>
{
    public StatsGraphType()
    {
        Name = "Stats";
        Description = "How much the graph holds.";
        Field<NonNullGraphType<IntGraphType>>("entities").Description("Entities of every kind, sources included.").Resolve(c => c.Source.Entities.Values.Sum());
        Field<NonNullGraphType<IntGraphType>>("relations").Description("Relations of every kind.").Resolve(c => c.Source.Relations.Values.Sum());
        Field<NonNullGraphType<IntGraphType>>("evidence").Description("Citations (document + quote) over all relations.").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityKindCountGraphType>>>>("entitiesByKind").Description("Entities per kind.")
            .Resolve(c => c.Source.Entities
                .Select(p => (Found: EntityKinds.TryParsePrefix(p.Key, out var kind), Kind: kind, Count: p.Value))
                .Where(x => x.Found).Select(x => new KeyValuePair<EntityKind, int>(x.Kind, x.Count)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationKindCountGraphType>>>>("relationsByKind").Description("Relations per kind.")
            .Resolve(c => c.Source.Relations
                .Select(p => (Found: RelationKinds.TryParse(p.Key, out var kind), Kind: kind, Count: p.Value))
                .Where(x => x.Found).Select(x => new KeyValuePair<RelationKind, int>(x.Kind, x.Count)).ToList());
    }
}

public sealed class EntityKindCountGraphType : ObjectGraphType<KeyValuePair<EntityKind, int>>
{
    public EntityKindCountGraphType()
    {
        Name = "EntityKindCount";
        Description = "How many entities of one kind the graph holds.";
        Field<NonNullGraphType<EntityKindEnum>>("kind").Description("The kind.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many.").Resolve(c => c.Source.Value);
    }
}

public sealed class RelationKindCountGraphType : ObjectGraphType<KeyValuePair<RelationKind, int>>
{
    public RelationKindCountGraphType()
    {
        Name = "RelationKindCount";
        Description = "How many relations of one kind the graph holds.";
        Field<NonNullGraphType<RelationKindEnum>>("kind").Description("The kind.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many.").Resolve(c => c.Source.Value);
    }
}
