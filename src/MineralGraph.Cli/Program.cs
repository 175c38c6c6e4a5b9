using System.CommandLine;
using MineralGraph.Cli.Commands;

var root = new RootCommand("mineralgraph — the critical-minerals knowledge graph: validate, load and export graph-seed");
var seed = new Command("seed", "Work with graph-seed: validate it, load it into Neo4j");
seed.Subcommands.Add(SeedValidateCommand.Create());
seed.Subcommands.Add(SeedLoadCommand.Create());
root.Subcommands.Add(seed);
return await root.Parse(args).InvokeAsync();
