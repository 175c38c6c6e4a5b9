using GraphQL.Types;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;

namespace MineralGraph.GraphQL.Types.Enums;

/// <summary>
/// The sub-kinds (<c>type</c>) one entity kind may have, taken from the seed rules so the API and graph-seed
/// never disagree. The GraphQL value is the seed value in upper case with '_' for '-' (magnet-plant → MAGNET_PLANT).
/// </summary>
public abstract class KindTypeEnum : EnumerationGraphType
{
    protected KindTypeEnum(EntityKind kind, string description)
    {
        Name = $"{kind}Type";
        Description = description;
        foreach (var value in EntityFields.Types[kind])
            Add(value.Replace('-', '_').ToUpperInvariant(), value, KindTypeDescriptions.Of(kind, value));
    }
}

public sealed class GovernmentTypeEnum() : KindTypeEnum(EntityKind.Government, "What kind of government.");
public sealed class MineralTypeEnum() : KindTypeEnum(EntityKind.Mineral, "What kind of mineral entry.");
public sealed class ProjectTypeEnum() : KindTypeEnum(EntityKind.Project, "What kind of project.");
public sealed class AgreementTypeEnum() : KindTypeEnum(EntityKind.Agreement, "What kind of agreement.");
public sealed class EventTypeEnum() : KindTypeEnum(EntityKind.Event, "What kind of event.");
public sealed class MeasureTypeEnum() : KindTypeEnum(EntityKind.Measure, "What kind of measure.");

/// <summary>Words for every sub-kind value; a value without one fails the schema description test.</summary>
static class KindTypeDescriptions
{
    static readonly Dictionary<(EntityKind, string), string> Text = new()
    {
        [(EntityKind.Government, "country")] = "A country.",
        [(EntityKind.Government, "union")] = "A union of countries, such as the European Union.",
        [(EntityKind.Mineral, "element")] = "A chemical element (lithium, dysprosium).",
        [(EntityKind.Mineral, "material")] = "A material that is not one element (graphite, battery-grade materials).",
        [(EntityKind.Mineral, "group")] = "A group of minerals (rare earth elements, critical minerals).",
        [(EntityKind.Project, "mine")] = "A mine.",
        [(EntityKind.Project, "refinery")] = "A refinery.",
        [(EntityKind.Project, "processing-plant")] = "A processing plant.",
        [(EntityKind.Project, "magnet-plant")] = "A permanent-magnet plant.",
        [(EntityKind.Project, "financing-programme")] = "A financing programme.",
        [(EntityKind.Project, "other")] = "Any other project.",
        [(EntityKind.Agreement, "trade-agreement")] = "A trade agreement (USMCA, NAFTA).",
        [(EntityKind.Agreement, "alliance")] = "An alliance of governments (Minerals Security Partnership).",
        [(EntityKind.Agreement, "partnership")] = "A partnership between two or more parties.",
        [(EntityKind.Agreement, "action-plan")] = "An action plan.",
        [(EntityKind.Agreement, "deal")] = "A deal, such as an investment or offtake agreement.",
        [(EntityKind.Agreement, "bloc")] = "A bloc or club of countries (G7).",
        [(EntityKind.Agreement, "review")] = "A review of an agreement (the USMCA joint review).",
        [(EntityKind.Agreement, "framework")] = "A framework or declaration of intent.",
        [(EntityKind.Event, "meeting")] = "A meeting or summit.",
        [(EntityKind.Event, "announcement")] = "An announcement.",
        [(EntityKind.Measure, "export-control")] = "An export control or licence requirement.",
        [(EntityKind.Measure, "designation")] = "A designation, such as a critical-minerals list.",
        [(EntityKind.Measure, "policy")] = "A policy, law or programme rule.",
    };

    public static string? Of(EntityKind kind, string value) => Text.GetValueOrDefault((kind, value));
}
