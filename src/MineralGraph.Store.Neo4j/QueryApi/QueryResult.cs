using System.Text.Json;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>A successful statement's decoded rows and, for writes, what it changed.</summary>
public sealed class QueryResult
{
    public QueryResult(IReadOnlyList<string> fields, IReadOnlyList<QueryRow> rows, QueryCounters? counters, int size = 0)
    {
        Fields = fields;
        Rows = rows;
        Counters = counters;
        Size = size;
    }

    public IReadOnlyList<string> Fields { get; }
    public IReadOnlyList<QueryRow> Rows { get; }
    public QueryCounters? Counters { get; }
    /// <summary>How big Neo4j's answer was (characters of JSON), a measure of the memory the decoded rows hold.</summary>
    public int Size { get; }

    public QueryRow Single() => Rows.Count == 1 ? Rows[0] : throw new InvalidOperationException($"expected one row, got {Rows.Count}");

    internal static QueryResult From(QueryResponse response)
    {
        var fields = response.Data?.Fields ?? [];
        var columns = fields.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        var rows = (response.Data?.Values ?? []).Select(v => new QueryRow(columns, v.Select(TypedValue.Decode).ToList())).ToList();
        return new QueryResult(fields, rows, response.Counters, response.Size);
    }
}
