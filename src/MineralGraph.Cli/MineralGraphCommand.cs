using System.CommandLine;
using MineralGraph.Cli.Commands;

namespace MineralGraph.Cli;

/// <summary>
/// The <c>mineralgraph</c> command tree, built in one place: Program.cs runs it and the tests read it, so a
/// command missing from the binary fails a test.
/// </summary>
public static class MineralGraphCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("mineralgraph — the critical-minerals knowledge graph: validate, load and export graph-seed; export networks; generate synthetic graphs; make curator keys");
        var seed = new Command("seed", "Work with graph-seed: validate it, load it into Neo4j, export the curated graph");
        seed.Subcommands.Add(SeedValidateCommand.Create());
        seed.Subcommands.Add(SeedLoadCommand.Create());
        seed.Subcommands.Add(SeedExportCommand.Create());
        root.Subcommands.Add(seed);
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(SynthCommand.Create());
        root.Subcommands.Add(CuratorCommand.Create());
        return root;
    }
}
