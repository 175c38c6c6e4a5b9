using System.Reflection;
using System.Text.RegularExpressions;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.QueryApi;

namespace MineralGraph.Store.Neo4j.Loading;

/// <summary>
/// Applies schema/neo4j/*.cypher (embedded in this assembly) in file order. Every statement says IF NOT EXISTS
/// (or, to retire an old one, DROP … IF EXISTS), so applying twice changes nothing; statements with nothing to do
/// are not even sent (creating an index waits ~2 s for it to come online, so a restart stays fast). Schema commands cannot share
/// a transaction with data writes, so each runs on its own.
/// </summary>
public sealed partial class Neo4jSchema(Neo4jQueryApiClient client)
{
    public static IReadOnlyList<string> Statements { get; } = Load();

    /// <summary>Creates what is missing; returns how many constraints and indexes were added.</summary>
    public async Task<int> ApplyAsync(CancellationToken cancellationToken = default)
    {
        var existing = await ExistingNamesAsync(cancellationToken);
        var changed = 0;
        foreach (var statement in Statements.Where(s => NameOf(s) is not { } name || existing.Contains(name) == IsDrop(s)))
        {
            var result = await client.WriteAsync(new CypherStatement(statement), cancellationToken);
            changed += (result.Counters?.ConstraintsAdded ?? 0) + (result.Counters?.IndexesAdded ?? 0);
        }
        await AwaitOnlineAsync(cancellationToken);
        return changed;
    }

    /// <summary>How long <see cref="ApplyAsync"/> waits for indexes to fill from the data already loaded.</summary>
    public static TimeSpan PopulationLimit { get; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Waits until every index is online. An index created on a database that already holds data fills in the
    /// background, and until then a full-text query on it fails (and the planner passes over a range index): the
    /// look-ups of <see cref="KeyIndexCypher"/> must not be served before. One read when all are online.
    /// </summary>
    async Task AwaitOnlineAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + PopulationLimit;
        while (true)
        {
            var result = await client.ReadAsync(new CypherStatement(
                "SHOW INDEXES YIELD name, state, populationPercent WHERE state <> 'ONLINE' RETURN name, state, populationPercent"), cancellationToken);
            if (result.Rows.Count == 0) return;
            var pending = string.Join(", ", result.Rows.Select(r => $"{r.Get<string>("name")} {r.Get<string>("state")} {r["populationPercent"]}%"));
            if (result.Rows.Any(r => r.Get<string>("state") == "FAILED"))
                throw new InvalidOperationException($"Neo4j could not build an index: {pending}");
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Neo4j indexes not online after {PopulationLimit.TotalMinutes:F0} min: {pending}");
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    async Task<HashSet<string>> ExistingNamesAsync(CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var show in new[] { "SHOW CONSTRAINTS YIELD name RETURN name", "SHOW INDEXES YIELD name RETURN name" })
        {
            var result = await client.ReadAsync(new CypherStatement(show), cancellationToken);
            names.UnionWith(result.Rows.Select(r => r.Get<string>("name")));
        }
        return names;
    }

    /// <summary>The name a CREATE … IF NOT EXISTS statement gives its constraint or index, or a DROP … IF EXISTS removes.</summary>
    internal static string? NameOf(string statement) =>
        CreateName().Match(statement) is { Success: true } m ? m.Groups[1].Value
        : DropName().Match(statement) is { Success: true } d ? d.Groups[1].Value : null;

    internal static bool IsDrop(string statement) => DropName().IsMatch(statement);

    [GeneratedRegex(@"^CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+)?INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS", RegexOptions.IgnoreCase)]
    private static partial Regex CreateName();

    [GeneratedRegex(@"^DROP\s+(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF\s+EXISTS", RegexOptions.IgnoreCase)]
    private static partial Regex DropName();

    static List<string> Load()
    {
        var assembly = typeof(Neo4jSchema).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("schema/neo4j/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(n => Split(Read(assembly, n)))
            .ToList();
    }

    static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Statements end with ';'; lines starting with '//' are comments.</summary>
    internal static IEnumerable<string> Split(string script)
    {
        var lines = script.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
        return string.Join("\n", lines).Split(';').Select(s => s.Trim()).Where(s => s.Length > 0);
    }
}
