using MineralGraph.Domain.Model;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>How query values become parameters: dates as ISO text (Cypher's date() reads them), kinds as names.</summary>
internal static class CypherValues
{
    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Null for "every kind" — also when the list is empty, as the embedded store reads it.</summary>
    public static List<string>? Kinds(IReadOnlyCollection<RelationKind>? kinds) =>
        kinds is null || kinds.Count == 0 ? null : kinds.Distinct().Select(k => k.Name()).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// A relation kind as a relationship type written into a statement's text (where a parameter would cost an index or
    /// an expansion by type): a name from the closed <see cref="RelationKind"/> set, checked to be a plain identifier.
    /// </summary>
    public static string Type(RelationKind kind)
    {
        var name = kind.Name();
        return name.Length > 0 && name.All(c => c is (>= 'A' and <= 'Z') or '_') ? name : throw new InvalidOperationException($"relation kind name '{name}' is not a plain identifier");
    }

    public static List<string>? Kinds(IReadOnlyCollection<EntityKind>? kinds) =>
        kinds is null || kinds.Count == 0 ? null : kinds.Distinct().Select(k => k.Prefix()).Order(StringComparer.Ordinal).ToList();
}
