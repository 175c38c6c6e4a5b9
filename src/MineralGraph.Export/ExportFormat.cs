namespace MineralGraph.Export;

/// <summary>The file formats a graph can be exported to.</summary>
public enum ExportFormat
{
    /// <summary>Cytoscape.js elements JSON (also read by Cytoscape desktop).</summary>
    Cytoscape,
    /// <summary>graphology's serialized graph JSON (sigma.js, Gephi Lite).</summary>
    Graphology,
    /// <summary>GEXF 1.3 with time spells, so Gephi can play the graph over time.</summary>
    Gexf,
    /// <summary>GraphML (yEd, NetworkX, igraph).</summary>
    GraphML,
    /// <summary>A zip of nodes.csv and relationships.csv for <c>neo4j-admin database import</c>.</summary>
    Neo4jCsv,
}

public static class ExportFormats
{
    public static readonly IReadOnlyList<ExportFormat> All = Enum.GetValues<ExportFormat>();

    /// <summary>The name used on the command line and in <c>/export?format=</c>.</summary>
    public static string Name(this ExportFormat format) => format switch
    {
        ExportFormat.Cytoscape => "cytoscape",
        ExportFormat.Graphology => "graphology",
        ExportFormat.Gexf => "gexf",
        ExportFormat.GraphML => "graphml",
        ExportFormat.Neo4jCsv => "neo4j-csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string FileExtension(this ExportFormat format) => format switch
    {
        ExportFormat.Cytoscape => ".cyjs",
        ExportFormat.Graphology => ".json",
        ExportFormat.Gexf => ".gexf",
        ExportFormat.GraphML => ".graphml",
        ExportFormat.Neo4jCsv => ".zip",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string ContentType(this ExportFormat format) => format switch
    {
        ExportFormat.Cytoscape or ExportFormat.Graphology => "application/json; charset=utf-8",
        ExportFormat.Gexf or ExportFormat.GraphML => "application/xml; charset=utf-8",
        ExportFormat.Neo4jCsv => "application/zip",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static bool TryParse(string? name, out ExportFormat format)
    {
        foreach (var f in All)
        {
            if (string.Equals(f.Name(), name?.Trim(), StringComparison.OrdinalIgnoreCase)) { format = f; return true; }
        }
        format = default;
        return false;
    }

    public static string Names => string.Join(", ", All.Select(f => f.Name()));
}
