using System.Diagnostics;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>
/// The "MineralGraph.Neo4j" ActivitySource: one span per Query API call, retries included (each attempt shows
/// below it as an HTTP client span when HttpClient is instrumented). Null, and free, when nothing listens.
/// </summary>
public static class Neo4jTelemetry
{
    public const string Name = "MineralGraph.Neo4j";
    public static readonly ActivitySource Source = new(Name);

    internal static Activity? StartCall(string path, QueryRequest? body, AccessMode mode, string database)
    {
        // A read opens its transaction with its statement (for the timeout): still one query to the reader of a trace.
        var query = path.Length == 0 || (path == "/tx" && body?.Statement is not null);
        var activity = Source.StartActivity(query ? "neo4j query" : "neo4j transaction", ActivityKind.Client);
        if (activity is null) return null;
        activity.SetTag("db.system.name", "neo4j");
        activity.SetTag("db.namespace", database);
        activity.SetTag("db.operation.name", mode == AccessMode.Read ? "read" : "write");
        // Statements are parameterised: the text holds no values.
        if (body is not null) activity.SetTag("db.query.text", body.Statement);
        return activity;
    }
}
