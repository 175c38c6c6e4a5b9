using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;

namespace MineralGraph.Store.Neo4j.Coalescing;

/// <summary>
/// One statement text in the form that answers it for many parameter sets in one request:
/// <code>
/// UNWIND range(0, size($coalesced) - 1) AS coalescedIndex
/// CALL (coalescedIndex) {
/// WITH $coalesced[coalescedIndex] AS coalescedArgs
/// …the statement, each $p read as coalescedArgs.p (<see cref="CoalescedRewrite"/>)…
/// }
/// RETURN *
/// </code>
/// Each row carries the position of the parameter set it answers, so every caller gets exactly its own rows, in the
/// order the statement gave them; a set with no rows (an unknown id) gets none. The text is built from the statement's
/// constant text only: values stay parameters.
/// </summary>
public sealed class CoalescedForm
{
    public const string BatchParameter = "coalesced";

    CoalescedForm(string text, IReadOnlySet<string> parameters)
    {
        Text = text;
        Parameters = parameters;
    }

    /// <summary>The batched statement's text.</summary>
    public string Text { get; }

    /// <summary>The parameters the original text reads: a parameter set missing one is sent alone, where Neo4j reports it.</summary>
    public IReadOnlySet<string> Parameters { get; }

    /// <summary>The form of <paramref name="statementText"/>, or null with the reason it is always sent alone.</summary>
    public static CoalescedForm? Of(string statementText, out string? refusal)
    {
        var inner = CoalescedRewrite.Rewrite(statementText, out var parameters, out refusal);
        if (inner is null) return null;
        var text = $"""
            UNWIND range(0, size(${BatchParameter}) - 1) AS {CoalescedRewrite.Index}
            CALL ({CoalescedRewrite.Index}) {"{"}
            {CoalescedRewrite.Bind}
            {inner.Trim()}
            {"}"}
            RETURN *
            """;
        return new CoalescedForm(text, parameters);
    }

    /// <summary>Whether a statement with these parameters can be answered by this form (it has every one the text reads).</summary>
    public bool Accepts(IReadOnlyDictionary<string, object?> parameters) => Parameters.All(parameters.ContainsKey);

    /// <summary>One statement answering every parameter set, in this order.</summary>
    public CypherStatement Statement(IReadOnlyList<IReadOnlyDictionary<string, object?>> parameterSets) =>
        new(Text, new Dictionary<string, object?> { [BatchParameter] = parameterSets });

    /// <summary>The batched answer split into each parameter set's own answer (<paramref name="count"/> of them, in order).</summary>
    public static IReadOnlyList<QueryResult> Split(QueryResult batched, int count)
    {
        var rows = Enumerable.Range(0, count).Select(_ => new List<QueryRow>()).ToArray();
        foreach (var row in batched.Rows) rows[(int)row.Get<long>(CoalescedRewrite.Index)].Add(row);
        var fields = batched.Fields.Where(f => f != CoalescedRewrite.Index).ToList();
        var perRow = batched.Rows.Count == 0 ? 0 : batched.Size / batched.Rows.Count;
        return rows.Select(r => new QueryResult(fields, r, counters: null, size: perRow * r.Count)).ToList();
    }
}
