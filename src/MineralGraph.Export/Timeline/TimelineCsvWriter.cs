using System.Text;
using MineralGraph.Domain.Time;
using MineralGraph.Domain.Timeline;

namespace MineralGraph.Export.Timeline;

/// <summary>
/// A timeline as RFC 4180 CSV: a header row, one row per item, CRLF line ends, a field quoted when it holds a comma,
/// a quote or a line break (quotes doubled). Sources are the ids a tie's evidence cites, separated by <c>;</c>.
/// </summary>
public static class TimelineCsvWriter
{
    public static readonly IReadOnlyList<string> Header =
        ["id", "kind", "date", "earliest", "latest", "precision", "role", "expected", "title", "entity", "relation", "edge", "sources"];

    public static async Task WriteAsync(IReadOnlyList<TimelineItem> items, Stream output, CancellationToken cancellationToken = default)
    {
        var text = new StringBuilder();
        Row(text, Header);
        foreach (var item in items)
        {
            var d = item.Date;
            Row(text,
            [
                item.Id, Upper(item.Kind.ToString()), d.ToString(),
                d.IsPlaced ? d.Earliest.ToString("yyyy-MM-dd") : "", d.IsPlaced ? d.Latest.ToString("yyyy-MM-dd") : "",
                Upper(d.Precision.ToString()), d.Role?.Name() ?? "", d.Expected ? "true" : "false", item.Title,
                item.Entity?.Id ?? "", item.Relation?.Id ?? "", item.Edge is { } edge ? Upper(edge.ToString()) : "",
                item.Relation is { } r ? string.Join(";", r.Evidence.Select(e => e.SourceId).Distinct(StringComparer.Ordinal)) : "",
            ]);
        }
        var bytes = new UTF8Encoding(false).GetBytes(text.ToString());
        await output.WriteAsync(bytes, cancellationToken);
    }

    static void Row(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) text.Append(',');
            var f = fields[i];
            if (f.AsSpan().IndexOfAny(",\"\r\n") >= 0) text.Append('"').Append(f.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else text.Append(f);
        }
        text.Append("\r\n");
    }

    /// <summary><c>MonthWithoutYear</c> → <c>MONTH_WITHOUT_YEAR</c>, as the API spells enum values.</summary>
    static string Upper(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
