using GraphQL.Types;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Types.Entities;

namespace MineralGraph.GraphQL.Types.Traversal;

public sealed class SearchHitGraphType : ObjectGraphType<SearchHit>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        Description = "An entity whose name or an alias matches the search text.";
        Field<NonNullGraphType<EntityInterface>>("entity").Description("The entity found.").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("How well it matched; higher is better. Hits come best first.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("matchedName").Description("The name or alias that matched (\"T-MEC\" for USMCA).").Resolve(c => c.Source.MatchedName);
    }
}
