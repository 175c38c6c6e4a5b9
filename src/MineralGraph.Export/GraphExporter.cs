using MineralGraph.Export.Writers;

namespace MineralGraph.Export;

/// <summary>The writer for each format.</summary>
public static class GraphExporter
{
    public static IGraphWriter WriterFor(ExportFormat format) => format switch
    {
        ExportFormat.Cytoscape => new CytoscapeJsonWriter(),
        ExportFormat.Graphology => new GraphologyJsonWriter(),
        ExportFormat.Gexf => new GexfWriter(),
        ExportFormat.GraphML => new GraphMLWriter(),
        ExportFormat.Neo4jCsv => new Neo4jCsvWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static Task WriteAsync(ExportFormat format, ExportGraph graph, Stream output, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        WriterFor(format).WriteAsync(graph, output, progress, cancellationToken);
}
