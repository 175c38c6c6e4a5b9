namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>One decoded result row; values are looked up by column name.</summary>
public sealed class QueryRow(IReadOnlyDictionary<string, int> columns, IReadOnlyList<object?> values)
{
    public object? this[string column] =>
        columns.TryGetValue(column, out var index) ? values[index] : throw new KeyNotFoundException($"the result has no column '{column}'");

    public T Get<T>(string column) => this[column] is T value ? value : throw new InvalidCastException($"column '{column}' is {Describe(this[column])}, not {typeof(T).Name}");

    static string Describe(object? value) => value is null ? "null" : value.GetType().Name;
}
