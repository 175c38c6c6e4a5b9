using System.Text;
using System.Text.Json;

namespace MineralGraph.Domain.Curation;

/// <summary>
/// A change in plain words, as the API's <c>Change.summary</c> and the Atom feeds' entry titles say it: "New tie:
/// Canada member of Minerals Security Partnership — source: &lt;title&gt;". Names come from <see cref="Change.Names"/>
/// (filled by the stores for the ids <see cref="Mentions"/> lists); an id without a name is shown as the id.
/// </summary>
public static class ChangeSummary
{
    public static string Of(Change change)
    {
        var after = Parse(change.After);
        var before = Parse(change.Before);
        var record = after ?? before;
        string Name(string? id) => id is null ? "?" : change.Names?.GetValueOrDefault(id) ?? id;
        switch (change.Operation)
        {
            case "assertRelation" when record is { } r:
                var sources = SourceIds(r).Distinct(StringComparer.Ordinal).ToList();
                var cited = sources.Count switch
                {
                    0 => "",
                    1 => $" — source: {Name(sources[0])}",
                    _ => $" — sources: {Name(sources[0])} and {sources.Count - 1} more",
                };
                return $"{(Bool(r, "denied") ? "New denied claim" : "New tie")}: {Tie(r, Name)}{cited}";
            case "retractRelation" when record is { } r:
                var reason = r.TryGetProperty("retraction", out var retraction) && retraction.ValueKind == JsonValueKind.Object ? Text(retraction, "reason") : null;
                return $"Tie withdrawn: {Tie(r, Name)}{(reason is null ? "" : $" — reason: {reason}")}";
            case "addSource" when record is { } e:
                return $"New source: {Text(e, "name")}";
            case "createEntity" when record is { } e:
                return $"New {Words(Text(e, "kind"))}: {Text(e, "name")}";
            case "updateEntity" when record is { } e:
                return $"Updated {Words(Text(e, "kind"))}: {Text(e, "name")}";
            case "mergeEntities" when record is { } e:
                var survivor = Text(e, "id");
                var merged = change.Targets.FirstOrDefault(t => t != survivor);
                return $"Merged: {Name(merged)} into {Text(e, "name")}";
            default:
                return $"{change.Operation}: {string.Join(", ", change.Targets.Select(Name))}";
        }
    }

    /// <summary>The ids a summary names: the change's targets and the sources its relation cites (the ids a store looks up names for).</summary>
    public static IReadOnlyList<string> Mentions(Change change)
    {
        var ids = new List<string>(change.Targets);
        if ((Parse(change.After) ?? Parse(change.Before)) is { } record) ids.AddRange(SourceIds(record));
        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    static string Tie(JsonElement relation, Func<string?, string> name) =>
        $"{name(Text(relation, "from"))} {Words(Text(relation, "kind"))} {name(Text(relation, "to"))}";

    static IEnumerable<string> SourceIds(JsonElement record)
    {
        if (!record.TryGetProperty("evidence", out var evidence) || evidence.ValueKind != JsonValueKind.Array) yield break;
        foreach (var item in evidence.EnumerateArray())
        {
            if (Text(item, "sourceId") is { } id) yield return id;
        }
    }

    /// <summary>An enum name as written in snapshots (<c>MemberOf</c>) in lower-case words (<c>member of</c>).</summary>
    static string Words(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "entity";
        var words = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0) words.Append(' ');
            words.Append(c == '_' ? ' ' : char.ToLowerInvariant(c));
        }
        return words.ToString();
    }

    static JsonElement? Parse(string? json)
    {
        if (json is null) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    static bool Bool(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;
}
