using GraphQL.Types;
using MineralGraph.Domain.Model;

namespace MineralGraph.GraphQL.Types.Enums;

public sealed class EntityKindEnum : EnumerationGraphType
{
    public EntityKindEnum()
    {
        Name = "EntityKind";
        Description = "What an entity is. An id starts with its kind in lower case: official/claudia-sheinbaum.";
        Add("GOVERNMENT", EntityKind.Government, "A country or a union of countries (the EU).");
        Add("OFFICIAL", EntityKind.Official, "A person: a head of government, a minister, an executive.");
        Add("AGENCY", EntityKind.Agency, "A ministry, department or other public body.");
        Add("COMPANY", EntityKind.Company, "A company.");
        Add("MINERAL", EntityKind.Mineral, "An element, a material or a group of them (rare earth elements).");
        Add("PROJECT", EntityKind.Project, "A mine, refinery, processing or magnet plant, or financing programme.");
        Add("AGREEMENT", EntityKind.Agreement, "A trade agreement, alliance, partnership, action plan, deal, bloc, review or framework.");
        Add("EVENT", EntityKind.Event, "A meeting or an announcement.");
        Add("MEASURE", EntityKind.Measure, "An export control, a designation or a policy.");
        Add("SOURCE", EntityKind.Source, "A document the graph cites: one of the five seed articles or another public document.");
    }
}
