using MineralGraph.Domain.Model;
using MineralGraph.Domain.Time;

namespace MineralGraph.Export;

/// <summary>How an attribute is typed in formats that declare types (GEXF, GraphML).</summary>
public enum FieldType
{
    Text,
    /// <summary>Several texts; JSON writes an array, the XML formats one text joined by "; ".</summary>
    TextList,
    Boolean,
    /// <summary>A number (JSON number, XML double).</summary>
    Number,
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
        new("dateText", FieldType.Text, e => e.Date?.Text),
        new("dateExpected", FieldType.Boolean, e => e.Date?.Expected == true),
        new("dateRole", FieldType.Text, e => e.Date?.Role?.Name()),
        new("dates", FieldType.TextList, e => e.Dates.Select(DateText).ToList()),
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
        new("sinceText", FieldType.Text, r => r.Since?.Text),
        new("sinceExpected", FieldType.Boolean, r => r.Since?.Expected == true),
        new("until", FieldType.Text, r => r.Until?.ToString()),
        new("untilText", FieldType.Text, r => r.Until?.Text),
        new("untilExpected", FieldType.Boolean, r => r.Until?.Expected == true),
        new("current", FieldType.Text, r => CurrentText(r.IsCurrent)),
        new("note", FieldType.Text, r => r.Note),
        new("denied", FieldType.Boolean, r => r.Denied),
        new("amount", FieldType.Text, r => r.Amount is { } a ? AmountText(a) : null),
        new("amountValue", FieldType.Number, r => r.Amount?.Value),
        new("amountUnit", FieldType.Text, r => r.Amount?.Unit),
        new("amountQualifier", FieldType.Text, r => r.Amount?.Qualifier.Name()),
        new("amountBasis", FieldType.Text, r => r.Amount?.Basis),
        new("amountDate", FieldType.Text, r => r.Amount?.Date?.ToString()),
        new("disputed", FieldType.Boolean, r => r.DisputedBy.Count > 0),
        new("disputedBy", FieldType.TextList, r => r.DisputedBy),
        new("sources", FieldType.TextList, r => r.Evidence.Select(e => e.SourceId).Distinct(StringComparer.Ordinal).ToList()),
        new("evidence", FieldType.Text, r => EvidenceText(r)),
    ];

    public static string CurrentText(Truth truth) => truth switch { Truth.True => "true", Truth.False => "false", _ => "unknown" };

    /// <summary>"member of" for MEMBER_OF: the words an edge is labelled with.</summary>
    public static string EdgeLabel(Relation relation) => relation.Kind.Name().Replace('_', ' ').ToLowerInvariant();

    /// <summary>Each citation on one line: the quote (and who the document attributes it to), then the document's title, publisher and date.</summary>
    public static string EvidenceText(Relation relation) =>
        string.Join("\n", relation.Evidence.Select(e =>
        {
            var source = e.Source;
            var about = new[] { source?.Name ?? e.SourceId, source?.Publisher, source?.Date?.ToString(), e.Locator }
                .Where(s => !string.IsNullOrWhiteSpace(s));
            var attributed = e.ReportedBy is { } by ? $" (reported by {by})" : "";
            return $"“{e.Quote}”{attributed} — {string.Join(", ", about)}";
        }));

    /// <summary>"more-than 70000000 dollars, US investment in the sector in Canada (“more than $70 million”)": a figure in one line.</summary>
    public static string AmountText(Amount a)
    {
        var text = $"{a.Qualifier.Name()} {a.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {a.Unit}";
        if (a.Basis is { } basis) text += $", {basis}";
        if (a.Date is { } date) text += $", {DateText(date)}";
        return a.Text is { } words ? $"{text} (“{words}”)" : text;
    }

    /// <summary>"in-force 2025-11-08 expected (“Beginning November 8, 2025”)": a dated step in one line.</summary>
    public static string DateText(PartialDate d)
    {
        var text = d.Role is { } role ? $"{role.Name()} {d}" : d.ToString();
        if (d.Expected) text += " expected";
        return d.Text is { } words ? $"{text} (“{words}”)" : text;
    }

    /// <summary>A value as one text (lists joined by "; "), or null when there is none.</summary>
    public static string? AsText(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        decimal n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        IEnumerable<string> list => list.Any() ? string.Join("; ", list) : null,
        _ => value.ToString(),
    };
}
