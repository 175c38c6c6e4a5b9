using MineralGraph.Cli;

return await MineralGraphCommand.Create().Parse(args).InvokeAsync();
