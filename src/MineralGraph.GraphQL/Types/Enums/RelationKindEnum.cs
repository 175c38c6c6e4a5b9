using GraphQL.Types;
using MineralGraph.Domain.Model;

namespace MineralGraph.GraphQL.Types.Enums;

public sealed class RelationKindEnum : EnumerationGraphType
{
    public RelationKindEnum()
    {
        Name = "RelationKind";
        Description = "How two entities are tied. Every kind has a direction: `from` does it to `to`.";
        Add(RelationKind.HoldsPosition, "An official holds a position (see `role`) in a government, agency, company or agreement body.");
        Add(RelationKind.MemberOf, "A government, agency or company is a member of, or party to, an agreement.");
        Add(RelationKind.Announced, "An official, government, agency or company announced an agreement, project, measure or event.");
        Add(RelationKind.TookPartIn, "An official, government, agency or company took part in an event.");
        Add(RelationKind.Covers, "An agreement, measure, project or event covers a mineral.");
        Add(RelationKind.Produces, "A government, company or project produces (mines) a mineral.");
        Add(RelationKind.Processes, "A government, company or project processes a mineral.");
        Add(RelationKind.Refines, "A government, company or project refines a mineral.");
        Add(RelationKind.HoldsReserves, "A government, company or project holds reserves of a mineral.");
        Add(RelationKind.Restricts, "A measure or government restricts (e.g. export controls) a mineral.");
        Add(RelationKind.ImposedBy, "A measure is imposed by a government or agency.");
        Add(RelationKind.Operates, "A company, government or agency operates a project.");
        Add(RelationKind.Owns, "A company, government or agency owns (a stake in) a company or project.");
        Add(RelationKind.Funds, "A government, agency, company or agreement funds a project, company or agreement.");
        Add(RelationKind.ModelledOn, "An agreement, project or measure is modelled on another.");
        Add(RelationKind.Succeeds, "An agreement succeeds (replaces) another agreement.");
        Add(RelationKind.PartOf, "Something is part of something larger: an agency of a government, a mineral of a group, an event of an agreement.");
        Add(RelationKind.BasedIn, "A company, agency or project is based in a government's country.");
        Add(RelationKind.RespondsTo, "An agreement, project, measure or event responds to a measure or agreement.");
        Add(RelationKind.StatesPosition, "An official, government, agency or company has stated a position on an agreement, project, measure, government or mineral; the position, in words, is the role.");
        Add(RelationKind.Affects, "A measure or agreement has an effect on a government, agreement (bloc), agency, company or project; what the effect is, is the role.");
        Add(RelationKind.AssociatedWith, "An agreement, project, measure or event is linked to another (\"G7-linked\") without the source saying it is part of it.");
        Add(RelationKind.Dominates, "A government or company dominates a stage of a mineral's supply chain; the stage (\"processing and refining\") is the role.");
    }

    void Add(RelationKind kind, string description) => Add(kind.Name(), kind, description);
}
