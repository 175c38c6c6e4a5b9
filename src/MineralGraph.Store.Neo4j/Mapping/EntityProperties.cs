using MineralGraph.Domain.Model;
using MineralGraph.Domain.Text;
using MineralGraph.Domain.Time;

namespace MineralGraph.Store.Neo4j.Mapping;

/// <summary>
/// How an entity is kept on a node: one property per field (dates as their seed text plus earliest/latest
/// days for filtering), plus the folded names that list filters and the full-text index search.
/// </summary>
public static class EntityProperties
{
    /// <summary>The properties written for an entity. Null values leave the property unset.</summary>
    public static Dictionary<string, object?> ToProperties(Entity e)
    {
        var folded = SearchNames(e);
        return new Dictionary<string, object?>
        {
            ["id"] = e.Id,
            ["kind"] = e.Kind.Prefix(),
            ["name"] = e.Name,
            ["aliases"] = e.Aliases.ToList(),
            ["description"] = e.Description,
            ["type"] = e.Type,
            ["status"] = e.Status,
            ["country"] = e.Country,
            ["iso"] = e.Iso,
            ["symbol"] = e.Symbol,
            ["place"] = e.Place,
            ["date"] = e.Date?.ToString(),
            ["dateEarliest"] = e.Date?.Earliest.ToString("yyyy-MM-dd"),
            ["dateLatest"] = e.Date?.Latest.ToString("yyyy-MM-dd"),
            ["publisher"] = e.Publisher,
            ["author"] = e.Author,
            ["url"] = e.Url,
            ["file"] = e.File,
            ["origin"] = e.Origin,
            ["nameFolded"] = SearchText.Fold(e.Name),
            ["searchNames"] = folded,
            // For the full-text index (whitespace analyzer): every folded word, and every name without its spaces.
            ["searchWords"] = string.Join("\n", folded),
            ["searchCompact"] = string.Join("\n", folded.Select(f => f.Replace(" ", "", StringComparison.Ordinal))),
        };
    }

    /// <summary>The folded name followed by the folded aliases, duplicates and empties removed.</summary>
    public static List<string> SearchNames(Entity e) =>
        new[] { e.Name }.Concat(e.Aliases).Select(SearchText.Fold).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Rebuilds an entity from the projection <see cref="Cypher.Projections.Entity"/> returns.</summary>
    public static Entity FromMap(IReadOnlyDictionary<string, object?> p) => new()
    {
        Id = Text(p, "id")!,
        Kind = EntityKinds.TryParsePrefix(Text(p, "kind") ?? "", out var kind) ? kind : throw new FormatException($"entity {Text(p, "id")} has no known kind"),
        Name = Text(p, "name")!,
        Aliases = Strings(p, "aliases"),
        Description = Text(p, "description") ?? "",
        Type = Text(p, "type"),
        Status = Text(p, "status"),
        Country = Text(p, "country"),
        Iso = Text(p, "iso"),
        Symbol = Text(p, "symbol"),
        Place = Text(p, "place"),
        Date = Text(p, "date") is { } date ? PartialDate.Parse(date) : null,
        Publisher = Text(p, "publisher"),
        Author = Text(p, "author"),
        Url = Text(p, "url"),
        File = Text(p, "file"),
        Origin = Text(p, "origin"),
    };

    internal static string? Text(IReadOnlyDictionary<string, object?> p, string key) => p.TryGetValue(key, out var v) ? v as string : null;

    internal static IReadOnlyList<string> Strings(IReadOnlyDictionary<string, object?> p, string key) =>
        p.TryGetValue(key, out var v) && v is IEnumerable<object?> list ? list.Select(x => (string)x!).ToList() : [];
}
