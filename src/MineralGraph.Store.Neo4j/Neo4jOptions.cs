using Microsoft.Extensions.Configuration;

namespace MineralGraph.Store.Neo4j;

/// <summary>
/// Where Neo4j is and how patient to be with it. Read from <c>NEO4J_URI</c>, <c>NEO4J_USER</c>,
/// <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c> or the <c>Neo4j:Uri</c>… settings; validated at start-up.
/// </summary>
public sealed class Neo4jOptions
{
    public const string Section = "Neo4j";

    /// <summary>The HTTP address of the server, e.g. <c>http://localhost:7474</c> (the Query API lives under it).</summary>
    public string Uri { get; set; } = "http://localhost:7474";
    public string User { get; set; } = "neo4j";
    /// <summary>Empty for a server with authentication off; otherwise sent with Basic auth.</summary>
    public string Password { get; set; } = "";
    public string Database { get; set; } = "neo4j";

    /// <summary>How long one HTTP attempt may take before it is abandoned.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>How long one store call may take, retries included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(12);
    /// <summary>
    /// How long the caller waits for a read at most: the server sets it to its <c>Limits:ExecutionTimeout</c>. Every
    /// read carries a Neo4j transaction timeout no longer than this nor <see cref="AttemptTimeout"/>
    /// (<see cref="ReadTransactionTimeout"/>), so a read given up on does not go on running in Neo4j.
    /// </summary>
    public TimeSpan? CallerTimeout { get; set; }
    /// <summary>
    /// Reads this server has in Neo4j at once; more wait their turn here, where reads of the same statement are
    /// coalesced. Below Neo4j's HTTP worker threads (one per core by default), so that the readiness probe, the graph
    /// version's poll and curated changes always find a thread.
    /// </summary>
    public int MaxReadsInFlight { get; set; } = 1;
    /// <summary>How long one write may take (load batches, schema changes); writes are never retried.</summary>
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>
    /// How long one curated change's transaction may live, start to commit. Sent to Neo4j with the transaction
    /// (<c>maxExecutionTime</c>, whole seconds), so Neo4j rolls it back by itself, locks and all, if this server dies
    /// holding it.
    /// </summary>
    public TimeSpan TransactionTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>How long a curated change waits for the ones before it (this server applies one at a time) before it is refused as busy.</summary>
    public TimeSpan WriteQueueTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Retries of a read after a transient failure (writes are never retried).</summary>
    public int ReadRetries { get; set; } = 2;
    /// <summary>First retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);
    /// <summary>How long the circuit stays open after too many failures before one trial call is let through.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(3);
    /// <summary>Rows per UNWIND batch when loading the seed.</summary>
    public int LoadBatchSize { get; set; } = 500;

    /// <summary>Fills the options from flat env-style keys first, then the <c>Neo4j</c> section.</summary>
    internal void Apply(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        string? Read(string env, string key) => configuration[env] is { Length: > 0 } v ? v : section[key] is { Length: > 0 } s ? s : null;

        Uri = Read("NEO4J_URI", "Uri") ?? Uri;
        User = Read("NEO4J_USER", "User") ?? User;
        Password = Read("NEO4J_PASSWORD", "Password") ?? Password;
        Database = Read("NEO4J_DATABASE", "Database") ?? Database;
        AttemptTimeout = Duration(section["AttemptTimeout"]) ?? AttemptTimeout;
        TotalTimeout = Duration(section["TotalTimeout"]) ?? TotalTimeout;
        WriteTimeout = Duration(section["WriteTimeout"]) ?? WriteTimeout;
        TransactionTimeout = Duration(section["TransactionTimeout"]) ?? TransactionTimeout;
        WriteQueueTimeout = Duration(section["WriteQueueTimeout"]) ?? WriteQueueTimeout;
        RetryBaseDelay = Duration(section["RetryBaseDelay"]) ?? RetryBaseDelay;
        BreakDuration = Duration(section["BreakDuration"]) ?? BreakDuration;
        if (int.TryParse(section["ReadRetries"], out var retries)) ReadRetries = retries;
        if (int.TryParse(section["MaxReadsInFlight"], out var inFlight)) MaxReadsInFlight = inFlight;
        if (int.TryParse(section["LoadBatchSize"], out var batch)) LoadBatchSize = batch;
    }

    /// <summary>
    /// The transaction timeout every read is sent with, in the whole seconds Neo4j takes (rounded down, at least 1):
    /// the shorter of <see cref="AttemptTimeout"/> and <see cref="CallerTimeout"/>. Neo4j ends the read after it,
    /// within its 2 s check interval.
    /// </summary>
    public int ReadTransactionTimeout =>
        Math.Max(1, (int)Math.Floor((CallerTimeout is { } caller && caller < AttemptTimeout ? caller : AttemptTimeout).TotalSeconds));

    static TimeSpan? Duration(string? text) => TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The base address of the Query API for the configured database.</summary>
    public Uri QueryEndpoint => new(new Uri(Uri.TrimEnd('/') + "/"), $"db/{System.Uri.EscapeDataString(Database)}/query/v2");
}
