using System.Text.Json;
using MineralGraph.Domain.Time;
using MineralGraph.Domain.Timeline;
using MineralGraph.Export.Writers;

namespace MineralGraph.Export.Timeline;

/// <summary>
/// A timeline in TimelineJS 3's JSON format (timeline.knightlab.com/docs/json-format.html): a <c>title</c> slide and
/// one <c>events</c> slide per item with <c>start_date</c> ({year, month?, day?}: a year-only date gives only the year),
/// <c>end_date</c> for a period (the second half of 2026), <c>text</c> {headline, text}, <c>group</c> (the item's kind)
/// and <c>unique_id</c> (the item's id). <c>display_date</c> keeps the source's words and says "expected" for a date
/// still to come. A month without a year cannot be placed on TimelineJS's axis and is left out.
/// </summary>
public static class TimelineJsWriter
{
    public static async Task WriteAsync(IReadOnlyList<TimelineItem> items, string title, Stream output, CancellationToken cancellationToken = default)
    {
        await using var json = JsonOutput.Create(output);
        json.WriteStartObject();
        json.WriteStartObject("title");
        json.WriteStartObject("text");
        json.WriteString("headline", "MineralGraph timeline");
        json.WriteString("text", $"{char.ToUpperInvariant(title[0])}{title[1..]}: dated ties, events, agreements and measures, each cited in the graph.");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("events");
        foreach (var item in items.Where(i => i.Date.IsPlaced))
        {
            var d = item.Date;
            json.WriteStartObject();
            WriteDate(json, "start_date", d.Year!.Value, d.Month, d.Day);
            if (d.End is var (y, m, day)) WriteDate(json, "end_date", y, m, day);
            json.WriteStartObject("text");
            json.WriteString("headline", item.Title);
            json.WriteString("text", Body(item));
            json.WriteEndObject();
            json.WriteString("group", item.Kind.ToString());
            if (Display(d) is { } display) json.WriteString("display_date", display);
            json.WriteString("unique_id", item.Id);
            json.WriteEndObject();
            await JsonOutput.FlushIfFullAsync(json, cancellationToken);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    static void WriteDate(Utf8JsonWriter json, string name, int year, int? month, int? day)
    {
        json.WriteStartObject(name);
        json.WriteNumber("year", year);
        if (month is { } m) json.WriteNumber("month", m);
        if (day is { } dd) json.WriteNumber("day", dd);
        json.WriteEndObject();
    }

    static string? Display(PartialDate d)
    {
        var words = d.Text ?? (d.Expected ? d.ToString() : null);
        return words is null ? null : d.Expected ? $"{words} (expected)" : words;
    }

    /// <summary>The supporting quotes of a tie, each with its source; an entity's description.</summary>
    static string Body(TimelineItem item) =>
        item.Relation is { } r
            ? string.Join("\n", r.Evidence.Select(e => $"“{e.Quote}” — {e.Source?.Name ?? e.SourceId}"))
            : item.Entity?.Description ?? "";
}
