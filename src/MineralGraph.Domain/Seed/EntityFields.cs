using MineralGraph.Domain.Model;

namespace MineralGraph.Domain.Seed;

/// <summary>Which optional fields each entity kind may have, and the closed sets of values some of them take.</summary>
public static class EntityFields
{
    public static readonly IReadOnlySet<string> Common = new HashSet<string> { "id", "name", "aliases", "description", "formerIds" };

    public static readonly IReadOnlyDictionary<EntityKind, IReadOnlySet<string>> Optional = new Dictionary<EntityKind, IReadOnlySet<string>>
    {
        [EntityKind.Government] = new HashSet<string> { "type", "iso" },
        [EntityKind.Official] = new HashSet<string> { "country" },
        [EntityKind.Agency] = new HashSet<string> { "country" },
        [EntityKind.Company] = new HashSet<string> { "country" },
        [EntityKind.Mineral] = new HashSet<string> { "symbol", "type" },
        [EntityKind.Project] = new HashSet<string> { "type", "country", "status" },
        [EntityKind.Agreement] = new HashSet<string> { "type", "status", "date", "dates" },
        [EntityKind.Event] = new HashSet<string> { "type", "date", "dates", "place" },
        [EntityKind.Measure] = new HashSet<string> { "type", "status", "date", "dates", "country" },
        [EntityKind.Source] = new HashSet<string> { "publisher", "author", "date", "url", "file", "origin" },
    };

    /// <summary>Allowed values of <c>type</c> per kind.</summary>
    public static readonly IReadOnlyDictionary<EntityKind, IReadOnlyList<string>> Types = new Dictionary<EntityKind, IReadOnlyList<string>>
    {
        [EntityKind.Government] = ["country", "union"],
        [EntityKind.Mineral] = ["element", "material", "group"],
        [EntityKind.Project] = ["mine", "refinery", "processing-plant", "magnet-plant", "financing-programme", "other"],
        [EntityKind.Agreement] = ["trade-agreement", "alliance", "partnership", "action-plan", "deal", "bloc", "review", "framework"],
        [EntityKind.Event] = ["meeting", "announcement"],
        [EntityKind.Measure] = ["export-control", "designation", "policy"],
    };

    public static readonly IReadOnlyList<string> Statuses = ["active", "planned", "proposal", "under-review", "ended", "suspended"];

    public static readonly IReadOnlyList<string> Origins = ["seed", "external"];

    public static readonly IReadOnlySet<string> RelationFields = new HashSet<string>
    {
        "id", "kind", "from", "to", "role", "since", "until", "current", "disputedBy", "note", "evidence", "retracted", "denied", "amount",
    };

    public static readonly IReadOnlySet<string> RetractionFields = new HashSet<string> { "reason", "by", "at" };

    public static readonly IReadOnlySet<string> EvidenceFields = new HashSet<string> { "source", "quote", "locator", "reportedBy" };

    /// <summary>The fields of a date written as a mapping (<c>{value: …, text: …, expected: true, role: …}</c>).</summary>
    public static readonly IReadOnlySet<string> DateFields = new HashSet<string> { "value", "text", "expected", "role" };

    public static readonly IReadOnlySet<string> AmountFields = new HashSet<string> { "value", "unit", "qualifier", "basis", "date", "text" };
}
