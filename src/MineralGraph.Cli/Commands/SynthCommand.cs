using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Seed;
using MineralGraph.Store.Neo4j;
using MineralGraph.Store.Neo4j.Loading;
using MineralGraph.Synthetic;
using MineralGraph.Synthetic.Generation;
using Spectre.Console;

namespace MineralGraph.Cli.Commands;

/// <summary>What <c>mineralgraph synth</c> was asked to do.</summary>
public sealed record SynthRequest(SyntheticGraphOptions Options, string? OutputDirectory, string? Neo4jUri);

/// <summary>
/// <c>mineralgraph synth [--seed N] [--entities N] [--relations N] --out DIR [--neo4j URI]</c>: generates a
/// deterministic synthetic graph shaped like the real one and writes it as graph-seed YAML (which
/// <c>seed validate</c> checks and any store loads) and/or loads it into Neo4j. Every argument is checked before
/// anything is generated or written. Exit code 0 on success, 1 on bad arguments or a failed load.
/// </summary>
public static class SynthCommand
{
    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed and sizes give the same graph", DefaultValueFactory = _ => 1 };
        var entities = new Option<int>("--entities") { Description = $"Number of entities ({SyntheticGraphOptions.MinEntities:N0}–{SyntheticGraphOptions.MaxEntities:N0})", DefaultValueFactory = _ => 100_000 };
        var relations = new Option<int>("--relations") { Description = "Number of relations (at least twice the entities)", DefaultValueFactory = _ => 1_000_000 };
        var output = new Option<string?>("--out") { Description = "Folder to write the graph-seed YAML into (created; must be new or empty)" };
        var neo4j = new Option<string?>("--neo4j")
        {
            Description = "Load the graph into the Neo4j at this HTTP address (e.g. http://localhost:7474); user, password and database from NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE",
        };
        var command = new Command("synth", "Generate a deterministic synthetic graph for scale tests and benchmarks") { seed, entities, relations, output, neo4j };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new SynthRequest(
                new SyntheticGraphOptions { Seed = parse.GetValue(seed), Entities = parse.GetValue(entities), Relations = parse.GetValue(relations) },
                parse.GetValue(output),
                parse.GetValue(neo4j)),
            Console.Out, Console.Error, interactive: !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive,
            cancellationToken: cancellationToken));
        return command;
    }

    /// <summary>Every problem with the request, found without generating or writing anything.</summary>
    public static List<string> Problems(SynthRequest request)
    {
        var problems = request.Options.Problems().Select(p => "--" + p).ToList();
        if (request.OutputDirectory is null && request.Neo4jUri is null) problems.Add("give --out DIR, --neo4j URI or both");
        if (request.OutputDirectory is { } dir)
        {
            if (File.Exists(dir)) problems.Add($"--out {dir}: is a file; give a new or empty folder");
            else if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any()) problems.Add($"--out {dir}: not empty; give a new or empty folder");
        }
        if (request.Neo4jUri is { } uri && (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https")))
            problems.Add($"--neo4j {uri}: not an http(s) address such as http://localhost:7474 (the Query API's server)");
        return problems;
    }

    /// <param name="neo4jSettings">NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE for <c>--neo4j</c>; the environment's when null.</param>
    public static async Task<int> RunAsync(
        SynthRequest request, TextWriter output, TextWriter error, bool interactive,
        IReadOnlyDictionary<string, string?>? neo4jSettings = null, CancellationToken cancellationToken = default)
    {
        var problems = Problems(request);
        if (problems.Count > 0)
        {
            foreach (var problem in problems) error.WriteLine("synth: " + problem);
            error.WriteLine("synth: nothing generated or written");
            return 1;
        }

        var options = request.Options;
        var clock = Stopwatch.StartNew();
        var graph = interactive
            ? AnsiConsole.Progress().Start(ctx => Generate(options, ProgressBar(ctx, "generating relations", options.Relations)))
            : Generate(options, new PlainProgress(output, "generated", "relations", options.Relations));
        output.WriteLine($"generated {graph.Entities.Count:N0} entities, {graph.Relations.Count:N0} relations, {graph.EvidenceCount:N0} evidence items (seed {options.Seed}) in {clock.Elapsed.TotalSeconds:F1} s");

        if (request.OutputDirectory is { } directory)
        {
            clock.Restart();
            var items = graph.Entities.Count + graph.Relations.Count;
            var documents = SourceDocuments.Of(graph);
            if (interactive) AnsiConsole.Progress().Start(ctx => SeedWriter.Write(graph, directory, documents, ProgressBar(ctx, "writing YAML", items)));
            else SeedWriter.Write(graph, directory, documents, new PlainProgress(output, "wrote", "entities and relations", items));
            output.WriteLine($"wrote {directory} in {clock.Elapsed.TotalSeconds:F1} s; check it with: mineralgraph seed validate {directory}");
        }

        if (request.Neo4jUri is { } uri)
        {
            clock.Restart();
            try
            {
                var result = await LoadIntoNeo4jAsync(graph, uri, neo4jSettings ?? EnvironmentSettings(), output, interactive, cancellationToken);
                output.WriteLine($"loaded {result.Entities:N0} entities and {result.Relations:N0} relations into {uri} in {clock.Elapsed.TotalSeconds:F1} s");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                error.WriteLine($"synth: loading into Neo4j at {uri} failed: {e.Message}");
                return 1;
            }
        }
        return 0;
    }

    static SeedGraph Generate(SyntheticGraphOptions options, IProgress<int> progress) => SyntheticGraph.Generate(options, progress);

    /// <summary>
    /// Writes through the Neo4j store's own seed writer: into an empty database in committed batches of 10k rows
    /// (see <see cref="SeedWriteMode.Batched"/>), otherwise in one transaction. Refuses a database holding curated
    /// changes. Write timeouts are raised above the server's defaults: one batch into a big graph with hubs takes
    /// longer than a query.
    /// </summary>
    static async Task<Neo4jSeedWriteResult> LoadIntoNeo4jAsync(
        SeedGraph graph, string uri, IReadOnlyDictionary<string, string?> settings, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddNeo4jGraphStore(configuration, o =>
        {
            o.Uri = uri;
            o.AttemptTimeout = TimeSpan.FromMinutes(30);
            o.TotalTimeout = TimeSpan.FromMinutes(30);
            o.WriteTimeout = TimeSpan.FromMinutes(30);
        });
        await using var provider = services.BuildServiceProvider();
        var writer = provider.GetRequiredService<Neo4jSeedWriter>();
        if (await CuratedChangesGuard.RefusalAsync(writer, uri, discard: false, cancellationToken) is { } refusal)
            throw new InvalidOperationException(refusal);
        var result = await Neo4jLoadProgress.RunAsync(interactive, output, progress => writer.WriteAsync(graph, SeedWriteOptions.Default, progress, cancellationToken));
        output.WriteLine(result.Batched ? "neo4j: batched load (the database was empty)" : "neo4j: one transaction (the database was not empty)");
        return result;
    }

    static Dictionary<string, string?> EnvironmentSettings() =>
        new[] { "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE" }.ToDictionary(name => name, Environment.GetEnvironmentVariable);

    static IProgress<int> ProgressBar(ProgressContext ctx, string description, int total)
    {
        var task = ctx.AddTask(description, maxValue: total);
        return new Callback<int>(done => task.Value = done);
    }

    /// <summary>Reports synchronously: <see cref="Progress{T}"/> would post to the thread pool and report after the work is done.</summary>
    sealed class Callback<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    /// <summary>One line per tenth of the work, for logs and pipes.</summary>
    sealed class PlainProgress(TextWriter output, string verb, string what, int total) : IProgress<int>
    {
        int lastTenth;

        public void Report(int value)
        {
            var tenth = total == 0 ? 10 : (int)(10L * value / total);
            if (tenth <= lastTenth) return;
            lastTenth = tenth;
            output.WriteLine($"{verb} {value:N0}/{total:N0} {what} ({tenth * 10}%)");
        }
    }
}
