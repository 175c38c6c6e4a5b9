using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.GraphQL.Resolvers;
using MineralGraph.GraphQL.Types.Entities;

namespace MineralGraph.GraphQL.Types.Relations;

public sealed class RelationGraphType : ObjectGraphType<At<Relation>>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Description = "A directed, dated, cited tie between two entities: `from` `kind` `to` (Ebrard HOLDS_POSITION Secretaría de Economía).";
        RelationFieldSet.AddShared(this);
        Field<NonNullGraphType<IdGraphType>>("fromId").Description("The id of the entity the relation starts from.").Resolve(c => c.Source.Value.From);
        Field<NonNullGraphType<IdGraphType>>("toId").Description("The id of the entity the relation points to.").Resolve(c => c.Source.Value.To);
        Field<NonNullGraphType<EntityInterface>>("from").Description("The entity the relation starts from.").Resolve(RelationResolvers.From);
        Field<NonNullGraphType<EntityInterface>>("to").Description("The entity the relation points to.").Resolve(RelationResolvers.To);
    }
}

public sealed class EvidenceGraphType : ObjectGraphType<Evidence>
{
    public EvidenceGraphType()
    {
        Name = "Evidence";
        Description = "A citation: the document and the exact words in it that support a relation.";
        Field<NonNullGraphType<SourceGraphType>>("source").Description("The document: title, publisher, author, date, url, origin.")
            .Resolve(RelationResolvers.EvidenceSource);
        Field<NonNullGraphType<StringGraphType>>("quote").Description("The supporting words, verbatim from the document.").Resolve(c => c.Source.Quote);
        Field<StringGraphType>("locator").Description("Where in the document the quote is (paragraph 4, page 12), when given.").Resolve(c => c.Source.Locator);
        Field<StringGraphType>("reportedBy").Description("Who the document attributes the words to (\"Reuters\", \"Mexican reporting\", \"officials\"), when it does: show it beside the quote.")
            .Resolve(c => c.Source.ReportedBy);
    }
}
