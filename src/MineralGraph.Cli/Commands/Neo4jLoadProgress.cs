using MineralGraph.Store.Neo4j.Loading;
using Spectre.Console;

namespace MineralGraph.Cli.Commands;

/// <summary>
/// Shows a Neo4j load: on a terminal two Spectre.Console bars (entities, relations) with rows/s and the time
/// remaining; otherwise one line per tenth of the rows, for logs and pipes.
/// </summary>
public static class Neo4jLoadProgress
{
    public static Task<T> RunAsync<T>(bool interactive, TextWriter output, Func<IProgress<SeedWriteProgress>, Task<T>> load)
    {
        if (!interactive) return load(new Lines(output));
        return AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                ProgressTask? entities = null, relations = null;
                return await load(new Callback(p =>
                {
                    entities ??= context.AddTask("Neo4j: entities", maxValue: Math.Max(1, p.EntitiesTotal));
                    relations ??= context.AddTask("Neo4j: relations", maxValue: Math.Max(1, p.RelationsTotal));
                    entities.Value = p.EntitiesDone;
                    relations.Value = p.RelationsDone;
                    if (p.Step == "done") { entities.Value = entities.MaxValue; relations.Value = relations.MaxValue; }
                }));
            });
    }

    /// <summary>Reports synchronously: <see cref="Progress{T}"/> would post to the thread pool and report after the work is done.</summary>
    sealed class Callback(Action<SeedWriteProgress> report) : IProgress<SeedWriteProgress>
    {
        public void Report(SeedWriteProgress value) => report(value);
    }

    sealed class Lines(TextWriter output) : IProgress<SeedWriteProgress>
    {
        int lastTenth = -1;
        string? lastStep;

        public void Report(SeedWriteProgress value)
        {
            var tenth = value.Total == 0 ? 10 : (int)(10L * value.Done / value.Total);
            if (tenth <= lastTenth && value.Step == lastStep) return;
            lastTenth = tenth;
            lastStep = value.Step;
            output.WriteLine($"neo4j: {value.Step}: {value.EntitiesDone:N0}/{value.EntitiesTotal:N0} entities, {value.RelationsDone:N0}/{value.RelationsTotal:N0} relations ({tenth * 10}%)");
        }
    }
}
