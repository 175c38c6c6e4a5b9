using MineralGraph.Domain.Model;

namespace MineralGraph.Export;

/// <summary>How an attribute is typed in formats that declare types (GEXF, GraphML).</summary>
public enum FieldType
{
    Text,
    /// <summary>Several texts; JSON writes an array, the XML formats one text joined by "; ".</summary>
    TextList,
    Boolean,
}

/// <summary>One attribute written for every node (or edge), under the same name in every format.</summary>
public sealed record Field<T>(string Name, FieldType Type, Func<T, object?> Value);

/// <summary>
/// The attributes of nodes and edges, shared by all writers so that every format carries the same facts.
/// The entity's <see cref="Entity.Type"/> is written as <c>subtype</c>: sigma.js and Gephi give
/// <c>type</c> a meaning of their own.
/// </summary>
public static class GraphFields
{
    public static readonly IReadOnlyList<Field<Entity>> Node =
    [
        new("kind", FieldType.Text, e => e.Kind.Prefix()),
        new("name", FieldType.Text, e => e.Name),
        new("aliases", FieldType.TextList, e => e.Aliases),
        new("description", FieldType.Text, e => e.Description.Length == 0 ? null : e.Description),
        new("subtype", FieldType.Text, e => e.Type),
        new("status", FieldType.Text, e => e.Status),
        new("country", FieldType.Text, e => e.Country),
        new("iso", FieldType.Text, e => e.Iso),
        new("symbol", FieldType.Text, e => e.Symbol),
        new("place", FieldType.Text, e => e.Place),
        new("date", FieldType.Text, e => e.Date?.ToString()),
        new("publisher", FieldType.Text, e => e.Publisher),
        new("author", FieldType.Text, e => e.Author),
        new("url", FieldType.Text, e => e.Url),
        new("origin", FieldType.Text, e => e.Origin),
    ];

    public static readonly IReadOnlyList<Field<Relation>> Edge =
    [
        new("kind", FieldType.Text, r => r.Kind.Name()),
        new("role", FieldType.Text, r => r.Role),
        new("since", FieldType.Text, r => r.Since?.ToString()),
        new("until", FieldType.Text, r => r.Until?.ToString()),
        new("current", FieldType.Text, r => CurrentText(r.IsCurrent)),
        new("note", FieldType.Text, r => r.Note),
        new("disputed", FieldType.Boolean, r => r.DisputedBy.Count > 0),
        new("disputedBy", FieldType.TextList, r => r.DisputedBy),
        new("sources", FieldType.TextList, r => r.Evidence.Select(e => e.SourceId).Distinct(StringComparer.Ordinal).ToList()),
        new("evidence", FieldType.Text, r => EvidenceText(r)),
    ];

    public static string CurrentText(Truth truth) => truth switch { Truth.True => "true", Truth.False => "false", _ => "unknown" };

    /// <summary>"member of" for MEMBER_OF: the words an edge is labelled with.</summary>
    public static string EdgeLabel(Relation relation) => relation.Kind.Name().Replace('_', ' ').ToLowerInvariant();

    /// <summary>Each citation on one line: the quote, then the document's title, publisher and date.</summary>
    public static string EvidenceText(Relation relation) =>
        string.Join("\n", relation.Evidence.Select(e =>
        {
            var source = e.Source;
            var about = new[] { source?.Name ?? e.SourceId, source?.Publisher, source?.Date?.ToString(), e.Locator }
                .Where(s => !string.IsNullOrWhiteSpace(s));
            return $"“{e.Quote}” — {string.Join(", ", about)}";
        }));

    /// <summary>A value as one text (lists joined by "; "), or null when there is none.</summary>
    public static string? AsText(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        IEnumerable<string> list => list.Any() ? string.Join("; ", list) : null,
        _ => value.ToString(),
    };
}
