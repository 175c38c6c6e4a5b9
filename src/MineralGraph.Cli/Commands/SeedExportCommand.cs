using System.CommandLine;
using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Seed;
using MineralGraph.Store.Embedded.Curation;

namespace MineralGraph.Cli.Commands;

/// <summary>
/// <c>mineralgraph seed export --out DIR [--journal FILE] [SEED]</c>: writes the current graph — graph-seed plus
/// every curated change in the embedded store's journal — as graph-seed files, for curators to review and commit.
/// </summary>
public static class SeedExportCommand
{
    public static Command Create()
    {
        var seed = new Argument<string?>("SEED") { Description = "The seed folder (default: graph-seed, searched upwards from here)", Arity = ArgumentArity.ZeroOrOne };
        var journal = new Option<string?>("--journal") { Description = "The embedded store's curation journal (SQLite file); without it the seed is exported as it is" };
        var output = new Option<string>("--out") { Description = "The folder to write (created; must be empty or absent)", Required = true };
        var command = new Command("export", "Write the curated graph back as graph-seed files") { seed, journal, output };
        command.SetAction(parse => Run(parse.GetValue(seed), parse.GetValue(journal), parse.GetValue(output)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(string? seedDirectory, string? journalPath, string outputDirectory, TextWriter output, TextWriter error)
    {
        var seedPath = SeedDirectory.Resolve(seedDirectory);
        var loaded = SeedLoader.Load(seedPath);
        if (!loaded.IsValid)
        {
            foreach (var e in loaded.Errors) error.WriteLine(e);
            error.WriteLine($"{seedPath}: invalid seed, nothing exported");
            return 1;
        }
        if (Directory.Exists(outputDirectory) && Directory.EnumerateFileSystemEntries(outputDirectory).Any())
        {
            error.WriteLine($"{outputDirectory}: not empty; export writes into an empty or new folder");
            return 1;
        }
        if (journalPath is not null && !File.Exists(journalPath))
        {
            error.WriteLine($"{journalPath}: no such journal");
            return 1;
        }
        var curated = new CuratedGraph(loaded.Graph!, seedPath);
        if (journalPath is not null)
        {
            using var journal = new SqliteChangeJournal(journalPath);
            foreach (var entry in journal.ReadAll()) curated.Apply(entry.Command, entry.Actor, entry.At, entry.Sequence);
        }
        var (graph, documents) = curated.ForExport(seedPath);
        SeedWriter.Write(graph, outputDirectory, documents);
        output.WriteLine($"wrote {graph.Entities.Count} entities and {graph.Relations.Count} relations ({curated.History.Count} curated changes) to {outputDirectory}");
        return 0;
    }
}
