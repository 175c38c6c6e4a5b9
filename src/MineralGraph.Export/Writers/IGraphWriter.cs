namespace MineralGraph.Export.Writers;

/// <summary>How far a write has got: nodes and edges written so far.</summary>
public readonly record struct ExportProgress(int Nodes, int Edges);

/// <summary>Writes an <see cref="ExportGraph"/> to a stream in one format, streaming: nodes, then edges.</summary>
public interface IGraphWriter
{
    ExportFormat Format { get; }

    /// <summary>Writes the graph; only asynchronous writes reach <paramref name="output"/> (an HTTP response allows no other).</summary>
    Task WriteAsync(ExportGraph graph, Stream output, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default);
}

/// <summary>Counts what was written and reports every so often, so a progress bar moves without slowing the write.</summary>
internal sealed class ProgressCounter(IProgress<ExportProgress>? progress)
{
    const int ReportEvery = 200;
    int nodes, edges;

    public void Node() { nodes++; if (nodes % ReportEvery == 0) Report(); }
    public void Edge() { edges++; if (edges % ReportEvery == 0) Report(); }
    public void Report() => progress?.Report(new ExportProgress(nodes, edges));
}
