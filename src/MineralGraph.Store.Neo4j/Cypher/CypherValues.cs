using MineralGraph.Domain.Model;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>How query values become parameters: dates as ISO text (Cypher's date() reads them), kinds as names.</summary>
internal static class CypherValues
{
    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Null for "every kind" — also when the list is empty, as the embedded store reads it.</summary>
    public static List<string>? Kinds(IReadOnlyCollection<RelationKind>? kinds) =>
        kinds is null || kinds.Count == 0 ? null : kinds.Distinct().Select(k => k.Name()).Order(StringComparer.Ordinal).ToList();

    public static List<string>? Kinds(IReadOnlyCollection<EntityKind>? kinds) =>
        kinds is null || kinds.Count == 0 ? null : kinds.Distinct().Select(k => k.Prefix()).Order(StringComparer.Ordinal).ToList();
}
