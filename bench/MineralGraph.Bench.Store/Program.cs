using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/MineralGraph.Bench.Store -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
