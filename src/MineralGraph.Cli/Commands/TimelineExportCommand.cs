using System.CommandLine;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Timeline;
using MineralGraph.Export;
using MineralGraph.Export.Timeline;
using MineralGraph.Store.Embedded;

namespace MineralGraph.Cli.Commands;

/// <summary>
/// <c>mineralgraph export timeline [--format csv|timelinejs] [--ids A,B] [--from DATE] [--to DATE] [--kinds K,K]
/// [--seed DIR] [--out FILE]</c>: the timeline of graph-seed (on the embedded store) as RFC 4180 CSV or TimelineJS JSON,
/// the same bytes <c>/export/timeline</c> serves for the same parameters: both parse, read and write through
/// <see cref="TimelineExportRequest"/>. Exit code 0 when written, 1 for a bad option, an invalid seed or an unknown id
/// (each error naming its option, nothing written).
/// </summary>
public static class TimelineExportCommand
{
    const string Name = "export timeline";

    public static Command Create()
    {
        var format = new Option<string?>("--format", "-f") { Description = "The file format: csv (RFC 4180, the default) or timelinejs (TimelineJS 3 JSON)" };
        var ids = new Option<string?>("--ids") { Description = $"Only what concerns these entities, comma-separated, at most {QueryCaps.TimelineIds} (e.g. government/mexico,agreement/usmca); default: the whole graph" };
        var from = new Option<string?>("--from") { Description = "Only what happened on or after this day, YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "Only what happened on or before this day, YYYY-MM-DD" };
        var kinds = new Option<string?>("--kinds") { Description = "Only these item kinds, comma-separated: RELATION, EVENT, AGREEMENT, MEASURE" };
        var seed = new Option<string?>("--seed") { Description = "The seed folder (default: graph-seed, searched upwards from here)" };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file (default: standard output)" };

        var command = new Command("timeline", "Export the timeline (what was signed, announced, begun and ended, in date order) as CSV or TimelineJS JSON")
        {
            format, ids, from, to, kinds, seed, output,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var values = new Dictionary<string, string?>
            {
                ["format"] = parse.GetValue(format),
                ["ids"] = parse.GetValue(ids),
                ["from"] = parse.GetValue(from),
                ["to"] = parse.GetValue(to),
                ["kinds"] = parse.GetValue(kinds),
            };
            return RunAsync(values, parse.GetValue(seed), parse.GetValue(output), parse.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    /// <summary>Runs a timeline export; errors go to <paramref name="errors"/>, each naming the option at fault.</summary>
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string?> parameters, string? seedDirectory, string? outputPath,
        TextWriter errors, CancellationToken cancellationToken = default)
    {
        var (request, problems) = TimelineExportRequest.Parse(name => parameters.GetValueOrDefault(name));
        if (request is null)
        {
            foreach (var problem in problems) errors.WriteLine($"{Name}: --{problem.Parameter}: {problem.Message}");
            return 1;
        }
        if (SeedDirectory.LoadValid(seedDirectory, Name, errors) is not { } seed) return 1;

        IReadOnlyList<TimelineItem> items;
        bool truncated;
        try
        {
            (items, truncated) = await request.ReadAsync(new EmbeddedGraphStore(seed), cancellationToken);
        }
        catch (ExportNotFoundException e)
        {
            errors.WriteLine(e.Parameter is { } parameter ? $"{Name}: --{parameter}: {e.Problem}" : $"{Name}: {e.Message}");
            return 1;
        }
        if (truncated) errors.WriteLine($"{Name}: only the first {TimelineExportRequest.MaxItems:N0} items are exported; narrow it with --ids, --from, --to or --kinds");

        if (outputPath is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await request.WriteAsync(items, stdout, cancellationToken);
            return 0;
        }
        if (ExportFile.For(outputPath, Name, errors) is not { } file) return 1;
        await file.WriteAsync(stream => request.WriteAsync(items, stream, cancellationToken));
        errors.WriteLine($"Wrote {request.Description}: {items.Count} items as {(request.Format == TimelineFormat.Csv ? "csv" : "timelinejs")} to {file.Target}");
        return 0;
    }
}
