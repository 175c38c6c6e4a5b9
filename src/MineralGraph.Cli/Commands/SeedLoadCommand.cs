using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Neo4j;
using MineralGraph.Store.Neo4j.Loading;
using Spectre.Console;

namespace MineralGraph.Cli.Commands;

/// <summary>
/// <c>mineralgraph seed load --neo4j URI [--user U] [--password P] [--database D] [--discard-curated] [DIR]</c>:
/// validates graph-seed and writes it into Neo4j (schema first, then one transaction; loading twice changes
/// nothing; a big graph into an empty database goes in committed batches, see <see cref="SeedWriteMode"/>).
/// Exit code 0 when loaded, 1 when the seed is invalid (nothing written), 2 when Neo4j cannot be used, 3 when the
/// database holds curated changes and <c>--discard-curated</c> was not given (nothing written).
/// </summary>
public static class SeedLoadCommand
{
    public static Command Create()
    {
        var directory = new Argument<string?>("DIR") { Description = "The seed folder (default: graph-seed, searched upwards from here)", Arity = ArgumentArity.ZeroOrOne };
        var uri = new Option<string>("--neo4j") { Description = "Neo4j's HTTP address, e.g. http://localhost:7474 (default: NEO4J_URI)" };
        var user = new Option<string?>("--user") { Description = "Neo4j user (default: NEO4J_USER or neo4j)" };
        var password = new Option<string?>("--password") { Description = "Neo4j password (default: NEO4J_PASSWORD)" };
        var database = new Option<string?>("--database") { Description = "Neo4j database (default: NEO4J_DATABASE or neo4j)" };
        var discard = new Option<bool>(CuratedChangesGuard.DiscardOption) { Description = "Load even though the database holds curated changes, and drop them" };
        var command = new Command("load", "Validate graph-seed and load it into Neo4j") { directory, uri, user, password, database, discard };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(directory),
            new Dictionary<string, string?>
            {
                ["NEO4J_URI"] = parse.GetValue(uri) ?? Environment.GetEnvironmentVariable("NEO4J_URI"),
                ["NEO4J_USER"] = parse.GetValue(user) ?? Environment.GetEnvironmentVariable("NEO4J_USER"),
                ["NEO4J_PASSWORD"] = parse.GetValue(password) ?? Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
                ["NEO4J_DATABASE"] = parse.GetValue(database) ?? Environment.GetEnvironmentVariable("NEO4J_DATABASE"),
            },
            Console.Out,
            showProgress: !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive,
            discardCurated: parse.GetValue(discard),
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(
        string? directory, IReadOnlyDictionary<string, string?> settings, TextWriter output, bool showProgress,
        bool discardCurated = false, CancellationToken cancellationToken = default)
    {
        var path = SeedDirectory.Resolve(directory);
        var loaded = SeedLoader.Load(path);
        if (!loaded.IsValid)
        {
            foreach (var error in loaded.Errors) output.WriteLine(error);
            output.WriteLine($"{path}: INVALID — {loaded.Errors.Count} error(s); nothing was loaded");
            return 1;
        }
        var graph = loaded.Graph!;
        if (string.IsNullOrWhiteSpace(settings.GetValueOrDefault("NEO4J_URI")))
        {
            output.WriteLine("seed load: give Neo4j's address with --neo4j http://host:7474 (or set NEO4J_URI)");
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Where(p => p.Value is not null)).Build();
        await using var services = new ServiceCollection().AddNeo4jGraphStore(configuration).BuildServiceProvider();
        if (await services.PrepareNeo4jAsync(cancellationToken) is { } problem)
        {
            output.WriteLine(problem);
            return 2;
        }

        try
        {
            var writer = services.GetRequiredService<Neo4jSeedWriter>();
            if (await CuratedChangesGuard.RefusalAsync(writer, configuration["NEO4J_URI"]!, discardCurated, cancellationToken) is { } refusal)
            {
                output.WriteLine("seed load " + refusal);
                return 3;
            }
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var write = new SeedWriteOptions { DiscardCuratedChanges = discardCurated, SeedDirectory = path };
            var result = await Neo4jLoadProgress.RunAsync(showProgress, output, progress => writer.WriteAsync(graph, write, progress, cancellationToken));
            var counts = await services.GetRequiredService<IGraphStore>().CountAsync(cancellationToken);
            output.WriteLine($"{path}: loaded into {configuration["NEO4J_URI"]} in {clock.Elapsed.TotalSeconds:F1} s{(result.Batched ? " (batched: empty database)" : "")} — " +
                $"{result.Entities} entities, {result.Relations} relations, {graph.EvidenceCount} evidence items " +
                $"({result.Changes.NodesCreated} nodes and {result.Changes.RelationshipsCreated} relationships created, " +
                $"{result.Changes.NodesDeleted + result.Changes.RelationshipsDeleted} stale removed)");
            output.WriteLine("entities:  " + string.Join(", ", counts.Entities.Select(p => $"{p.Key} {p.Value}")));
            output.WriteLine("relations: " + string.Join(", ", counts.Relations.Select(p => $"{p.Key} {p.Value}")));
            return 0;
        }
        catch (Exception e) when (e is StoreUnavailableException or Store.Neo4j.QueryApi.Neo4jException)
        {
            output.WriteLine(graph.Entities.Count + graph.Relations.Count < SeedWriteOptions.BatchedThreshold
                ? $"seed load failed, nothing was changed: {e.Message}"
                : $"seed load failed: {e.Message} — if the database was empty, the batched load may have left part of the graph: empty it and load again");
            return 2;
        }
    }
}
