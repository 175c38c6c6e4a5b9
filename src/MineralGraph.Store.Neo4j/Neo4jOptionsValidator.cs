using Microsoft.Extensions.Options;

namespace MineralGraph.Store.Neo4j;

/// <summary>Rejects options that cannot work, naming the setting and what it should look like.</summary>
public sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static IEnumerable<string> Problems(Neo4jOptions o)
    {
        if (!System.Uri.TryCreate(o.Uri, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            yield return $"NEO4J_URI '{o.Uri}' must be the server's HTTP address, e.g. http://localhost:7474 (the Query API is used, not Bolt)";
        if (string.IsNullOrWhiteSpace(o.User)) yield return "NEO4J_USER must not be empty";
        if (string.IsNullOrWhiteSpace(o.Database) || o.Database.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
            yield return $"NEO4J_DATABASE '{o.Database}' is not a database name (letters, digits, '.', '-', '_')";
        if (o.AttemptTimeout <= TimeSpan.Zero) yield return "Neo4j:AttemptTimeout must be positive";
        if (o.TotalTimeout < o.AttemptTimeout) yield return "Neo4j:TotalTimeout must be at least Neo4j:AttemptTimeout";
        if (o.WriteTimeout <= TimeSpan.Zero) yield return "Neo4j:WriteTimeout must be positive";
        if (o.TransactionTimeout < TimeSpan.FromSeconds(1)) yield return "Neo4j:TransactionTimeout must be at least 1 s (Neo4j counts it in whole seconds)";
        if (o.WriteQueueTimeout < TimeSpan.Zero) yield return "Neo4j:WriteQueueTimeout must not be negative";
        if (o.ReadRetries is < 0 or > 10) yield return "Neo4j:ReadRetries must be between 0 and 10";
        if (o.RetryBaseDelay < TimeSpan.Zero) yield return "Neo4j:RetryBaseDelay must not be negative";
        if (o.BreakDuration < TimeSpan.FromMilliseconds(500)) yield return "Neo4j:BreakDuration must be at least 500ms";
        if (o.CallerTimeout is { } caller && caller <= TimeSpan.Zero) yield return "the caller's timeout (Limits:ExecutionTimeout) must be positive";
        if (o.MaxReadsInFlight is < 1 or > 256) yield return "Neo4j:MaxReadsInFlight must be between 1 and 256";
        if (o.LoadBatchSize is < 1 or > 10_000) yield return "Neo4j:LoadBatchSize must be between 1 and 10000";
    }
}
