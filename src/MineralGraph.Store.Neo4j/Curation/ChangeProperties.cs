using System.Globalization;
using MineralGraph.Domain.Curation;
using MineralGraph.Store.Neo4j.Mapping;

namespace MineralGraph.Store.Neo4j.Curation;

/// <summary>
/// How a <see cref="Change"/> is kept on a <c>(:Change)</c> node: <c>at</c> as round-trip ISO text (exact, offset
/// kept), targets as a list, before/after and the request as JSON.
/// </summary>
internal static class ChangeProperties
{
    public static Dictionary<string, object?> ToProperties(Change change, string commandJson) => new()
    {
        ["seq"] = change.Sequence,
        ["at"] = change.At.ToString("O", CultureInfo.InvariantCulture),
        ["actor"] = change.Actor,
        ["operation"] = change.Operation,
        ["targets"] = change.Targets.ToList(),
        ["before"] = change.Before,
        ["after"] = change.After,
        ["idempotencyKey"] = change.IdempotencyKey,
        ["command"] = commandJson,
    };

    /// <summary>The change and the request JSON it was applied for, from <see cref="Cypher.CurationChangeCypher.Projection"/>.</summary>
    public static (Change Change, string CommandJson) FromMap(object? value)
    {
        var p = ResultMaps.Map(value);
        var change = new Change(
            (long)p["seq"]!,
            DateTimeOffset.Parse(EntityProperties.Text(p, "at")!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            EntityProperties.Text(p, "actor")!,
            EntityProperties.Text(p, "operation")!,
            EntityProperties.Strings(p, "targets"),
            EntityProperties.Text(p, "before"),
            EntityProperties.Text(p, "after"),
            EntityProperties.Text(p, "idempotencyKey"));
        return (change, EntityProperties.Text(p, "command") ?? "");
    }

    /// <summary>A change read with the <c>names</c> of <see cref="Cypher.ChangeScopeCypher.Names"/> ([id, name] pairs).</summary>
    public static Change Named(object? change, object? names) => FromMap(change).Change with
    {
        Names = ResultMaps.List(names).Select(ResultMaps.List)
            .Where(pair => pair is [string, string])
            .GroupBy(pair => (string)pair[0]!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (string)g.First()[1]!, StringComparer.Ordinal),
    };
}
