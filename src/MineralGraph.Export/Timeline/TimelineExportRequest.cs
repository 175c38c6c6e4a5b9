using System.Globalization;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Timeline;

namespace MineralGraph.Export.Timeline;

/// <summary>The file formats a timeline can be exported to.</summary>
public enum TimelineFormat
{
    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv,
    /// <summary>TimelineJS 3's JSON (Knight Lab): a title slide and one slide per item.</summary>
    TimelineJs,
}

/// <summary>
/// <c>/export/timeline?format=csv|timelinejs&amp;ids=…&amp;from=…&amp;to=…&amp;kinds=…</c> (and <c>mineralgraph export
/// timeline</c>): parsed here, so both accept the same parameters and give the same errors, each naming its parameter.
/// The argument rules are the API's (<see cref="QueryArguments.Problem(TimelineQuery)"/>). The export holds every
/// item, read from the store a page at a time, at most <see cref="MaxItems"/>.
/// </summary>
public sealed record TimelineExportRequest
{
    /// <summary>The most items one export holds (a whole 1M-relation graph would otherwise be millions of rows).</summary>
    public const int MaxItems = 10_000;

    public static readonly IReadOnlyList<string> Parameters = ["format", "ids", "from", "to", "kinds"];

    public TimelineFormat Format { get; init; } = TimelineFormat.Csv;
    public IReadOnlyList<string>? Ids { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public IReadOnlyCollection<TimelineItemKind>? Kinds { get; init; }

    public static (TimelineExportRequest? Request, IReadOnlyList<ExportParameterError> Errors) Parse(Func<string, string?> parameter)
    {
        var errors = new List<ExportParameterError>();
        var format = TimelineFormat.Csv;
        if (Text(parameter("format")) is { } formatText)
        {
            if (formatText.Equals("csv", StringComparison.OrdinalIgnoreCase)) format = TimelineFormat.Csv;
            else if (formatText.Equals("timelinejs", StringComparison.OrdinalIgnoreCase)) format = TimelineFormat.TimelineJs;
            else errors.Add(new("format", $"'{formatText}' is not a timeline format; use csv or timelinejs"));
        }
        List<string>? ids = null;
        if (Text(parameter("ids")) is { } idsText)
        {
            ids = idsText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            foreach (var id in ids.Where(id => Domain.Model.EntityKinds.OfId(id) is null))
                errors.Add(new("ids", $"'{id}' is not an entity id of the form kind/slug (e.g. government/mexico)"));
        }
        var from = Day(parameter, "from", errors);
        var to = Day(parameter, "to", errors);
        List<TimelineItemKind>? kinds = null;
        if (Text(parameter("kinds")) is { } kindsText)
        {
            kinds = [];
            foreach (var name in kindsText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (Enum.TryParse<TimelineItemKind>(name, ignoreCase: true, out var kind) && !int.TryParse(name, out _)) kinds.Add(kind);
                else errors.Add(new("kinds", $"'{name}' is not a timeline item kind; use any of RELATION, EVENT, AGREEMENT, MEASURE"));
            }
        }
        var request = new TimelineExportRequest { Format = format, Ids = ids, From = from, To = to, Kinds = kinds };
        if (errors.Count == 0 && QueryArguments.Problem(request.Query(0)) is var (argument, message)) errors.Add(new(argument, message));
        return errors.Count > 0 ? (null, errors) : (request, errors);
    }

    /// <summary>The store query for the page at <paramref name="offset"/>.</summary>
    public TimelineQuery Query(int offset) => new()
    {
        Ids = Ids, From = From, To = To, Kinds = Kinds, First = QueryCaps.TimelineItems, Offset = offset,
    };

    /// <summary>Every item (at most <see cref="MaxItems"/>), in timeline order, and whether more were left out.</summary>
    /// <exception cref="ExportNotFoundException">An id names no entity.</exception>
    public async Task<(IReadOnlyList<TimelineItem> Items, bool Truncated)> ReadAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        var items = new List<TimelineItem>();
        while (true)
        {
            var answer = await store.GetTimelineAsync(Query(items.Count), cancellationToken);
            var unknown = answer.Of.Select((e, i) => (e, i)).Where(p => p.e is null).Select(p => $"'{Ids![p.i]}'").ToList();
            if (unknown.Count > 0) throw new ExportNotFoundException($"no entity has the id {string.Join(", ", unknown)}", "ids");
            items.AddRange(answer.Page.Items);
            if (!answer.Page.HasNextPage) return (items, false);
            if (items.Count >= MaxItems) return (items.Take(MaxItems).ToList(), true);
        }
    }

    /// <summary>Writes <paramref name="items"/> (from <see cref="ReadAsync"/>) in this request's format.</summary>
    public Task WriteAsync(IReadOnlyList<TimelineItem> items, Stream output, CancellationToken cancellationToken = default) =>
        Format == TimelineFormat.Csv
            ? TimelineCsvWriter.WriteAsync(items, output, cancellationToken)
            : TimelineJsWriter.WriteAsync(items, Description, output, cancellationToken);

    /// <summary>What the file holds, in words: "the timeline of government/mexico, from 2020-01-01".</summary>
    public string Description =>
        (Ids is { Count: > 0 } ? $"the timeline of {string.Join(", ", Ids)}" : "the timeline of the whole graph") +
        (From is { } f ? $", from {f:yyyy-MM-dd}" : "") + (To is { } t ? $", to {t:yyyy-MM-dd}" : "") +
        (Kinds is { Count: > 0 } ? ", only " + string.Join(", ", Kinds.Select(k => k.ToString().ToUpperInvariant())) : "");

    public string FileName =>
        "mineralgraph-timeline" + (Ids is { Count: > 0 } ? "-" + string.Join("-", Ids.Select(i => i.Replace('/', '-'))) : "") +
        (Format == TimelineFormat.Csv ? ".csv" : ".json");

    public string ContentType => Format == TimelineFormat.Csv ? "text/csv; charset=utf-8; header=present" : "application/json; charset=utf-8";

    static DateOnly? Day(Func<string, string?> parameter, string name, List<ExportParameterError> errors)
    {
        if (Text(parameter(name)) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        errors.Add(new(name, $"'{text}' is not a date of the form YYYY-MM-DD"));
        return null;
    }

    static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
