using System.CommandLine;
using MineralGraph.Domain.Store;
using MineralGraph.Export;
using MineralGraph.Export.Writers;
using MineralGraph.Store.Embedded;
using Spectre.Console;

namespace MineralGraph.Cli.Commands;

/// <summary>
/// <c>mineralgraph export --format F [--id ID --depth N --kinds K,K --asof DATE --limit-per-node N | --from ID --to ID
/// --max-hops N --first N] [--seed DIR] [--out FILE] [--progress auto|always|never]</c>: writes the whole graph, a
/// neighbourhood or the shortest paths from graph-seed (on the embedded store) as Cytoscape JSON, graphology JSON,
/// GEXF, GraphML or a neo4j-admin CSV zip, streamed to the file or to standard output. The filters and their checks
/// are the ones <c>/export</c> uses. Exit code 0 when written, 1 for a bad request, an invalid seed or an unknown id.
/// </summary>
public static class ExportCommand
{
    /// <summary>From this many nodes + edges on, a terminal shows a progress bar (with --progress auto).</summary>
    const int LargeGraph = 2_000;

    public static Command Create()
    {
        var format = new Option<string>("--format", "-f") { Description = $"The file format: {ExportFormats.Names}", Required = true };
        var id = new Option<string?>("--id") { Description = "Export the neighbourhood of this entity (e.g. mineral/lithium)" };
        var depth = new Option<string?>("--depth") { Description = $"Neighbourhood: how many ties away to go, 1 to {QueryCaps.NeighbourhoodDepth} (default {QueryDefaults.NeighbourhoodDepth})" };
        var kinds = new Option<string?>("--kinds") { Description = "Only follow these relation kinds, comma-separated (e.g. MEMBER_OF,COVERS)" };
        var asOf = new Option<string?>("--asof", "--as-of") { Description = "Only ties valid (or possibly valid) on this day, YYYY-MM-DD" };
        var limitPerNode = new Option<string?>("--limit-per-node") { Description = $"Neighbourhood: at most this many ties per entity, 1 to {QueryCaps.LimitPerNode} (default {QueryDefaults.LimitPerNode})" };
        var from = new Option<string?>("--from") { Description = "Export the shortest paths from this entity…" };
        var to = new Option<string?>("--to") { Description = "…to this one" };
        var maxHops = new Option<string?>("--max-hops") { Description = $"Paths: the longest path, 1 to {QueryCaps.PathHops} ties (default {QueryDefaults.PathHops})" };
        var first = new Option<string?>("--first") { Description = $"Paths: how many, 1 to {QueryCaps.Paths} (default {QueryDefaults.Paths})" };
        var seed = new Option<string?>("--seed") { Description = "The seed folder (default: graph-seed, searched upwards from here)" };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file (default: standard output)" };
        var progress = new Option<string>("--progress") { Description = "Show a progress bar on the terminal: auto (large exports), always, never", DefaultValueFactory = _ => "auto" };
        progress.AcceptOnlyFromAmong("auto", "always", "never");

        var command = new Command("export", "Export the whole graph, a neighbourhood or a path for Gephi, Cytoscape, sigma.js, yEd or neo4j-admin; `export timeline` exports the timeline")
        {
            format, id, depth, kinds, asOf, limitPerNode, from, to, maxHops, first, seed, output, progress,
        };
        command.Subcommands.Add(TimelineExportCommand.Create());
        command.SetAction((parse, cancellationToken) =>
        {
            var values = new Dictionary<string, string?>
            {
                ["format"] = parse.GetValue(format),
                ["id"] = parse.GetValue(id),
                ["depth"] = parse.GetValue(depth),
                ["kinds"] = parse.GetValue(kinds),
                ["asOf"] = parse.GetValue(asOf),
                ["limitPerNode"] = parse.GetValue(limitPerNode),
                ["from"] = parse.GetValue(from),
                ["to"] = parse.GetValue(to),
                ["maxHops"] = parse.GetValue(maxHops),
                ["first"] = parse.GetValue(first),
            };
            return RunAsync(values, parse.GetValue(seed), parse.GetValue(output), parse.GetValue(progress) ?? "auto", parse.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    /// <summary>Runs an export; errors go to <paramref name="errors"/>, each naming the option at fault.</summary>
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string?> parameters, string? seedDirectory, string? outputPath,
        string progressMode, TextWriter errors, CancellationToken cancellationToken = default)
    {
        var (request, problems) = ExportRequest.Parse(name => parameters.GetValueOrDefault(name));
        if (request is null)
        {
            foreach (var problem in problems) errors.WriteLine($"export: --{OptionName(problem.Parameter)}: {problem.Message}");
            return 1;
        }
        if (outputPath is null && request.Format == ExportFormat.Neo4jCsv && !Console.IsOutputRedirected)
        {
            errors.WriteLine("export: --out: neo4j-csv is a zip file; give --out FILE or redirect the output");
            return 1;
        }

        if (SeedDirectory.LoadValid(seedDirectory, "export", errors) is not { } seed) return 1;

        ExportGraph graph;
        try
        {
            graph = await request.ResolveAsync(new EmbeddedGraphStore(seed), cancellationToken);
        }
        catch (ExportNotFoundException e)
        {
            errors.WriteLine($"export: {e.Message}");
            return 1;
        }

        var written = new LastProgress();
        if (outputPath is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await GraphExporter.WriteAsync(request.Format, graph, stdout, written, cancellationToken);
            return 0;
        }

        if (ExportFile.For(outputPath, "export", errors) is not { } file) return 1;
        await file.WriteAsync(stream => WriteWithProgressAsync(request, graph, stream, written, progressMode, cancellationToken));
        errors.WriteLine($"Wrote {graph.Description}: {written.Last.Nodes} entities and {written.Last.Edges} ties as {request.Format.Name()} to {file.Target}");
        return 0;
    }

    static async Task WriteWithProgressAsync(ExportRequest request, ExportGraph graph, Stream file, LastProgress written, string mode, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var total = (graph.NodeCount ?? 0) + (graph.EdgeCount ?? 0);
        var show = mode == "always" || (mode == "auto" && !Console.IsErrorRedirected && console.Profile.Capabilities.Interactive && total >= LargeGraph);
        if (!show)
        {
            await GraphExporter.WriteAsync(request.Format, graph, file, written, cancellationToken);
            return;
        }
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Exporting {request.Format.Name()}", maxValue: Math.Max(total, 1));
                var bar = new BarProgress(task, written);
                await GraphExporter.WriteAsync(request.Format, graph, file, bar, cancellationToken);
                task.Value = task.MaxValue;
            });
    }

    static string OptionName(string parameter) => parameter switch
    {
        "asOf" => "asof",
        "limitPerNode" => "limit-per-node",
        "maxHops" => "max-hops",
        _ => parameter,
    };

    /// <summary>Keeps the last count reported, for the closing message.</summary>
    sealed class LastProgress : IProgress<ExportProgress>
    {
        public ExportProgress Last { get; private set; }
        public void Report(ExportProgress value) => Last = value;
    }

    /// <summary>Moves the bar as nodes and edges are written (reported synchronously: no reordering).</summary>
    sealed class BarProgress(ProgressTask task, LastProgress written) : IProgress<ExportProgress>
    {
        public void Report(ExportProgress value)
        {
            written.Report(value);
            task.Value = value.Nodes + value.Edges;
        }
    }
}
