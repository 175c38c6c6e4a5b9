using MineralGraph.Domain.Model;
using MineralGraph.Domain.Text;
using MineralGraph.Domain.Time;

namespace MineralGraph.Store.Neo4j.Mapping;

/// <summary>
/// How an entity is kept on a node: one property per field (dates as their seed text plus earliest/latest
/// days for filtering, see <see cref="DateProperties"/>; further dated steps as parallel lists), plus the folded
/// names that list filters and the full-text index search.
/// </summary>
public static class EntityProperties
{
    /// <summary>The properties written for an entity. Null values leave the property unset.</summary>
    public static Dictionary<string, object?> ToProperties(Entity e)
    {
        var folded = SearchNames(e);
        var (earliest, latest) = DateProperties.Bounds(e.Date);
        var properties = new Dictionary<string, object?>
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
            ["dateEarliest"] = earliest,
            ["dateLatest"] = latest,
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
        DateProperties.Write(properties, "date", e.Date);
        // Further dated steps as parallel lists ("" for no words), as evidence is kept: properties cannot hold maps.
        properties["datesValues"] = e.Dates.Count == 0 ? null : e.Dates.Select(d => d.ToString()).ToList();
        properties["datesRoles"] = e.Dates.Count == 0 ? null : e.Dates.Select(d => d.Role?.Name() ?? "").ToList();
        properties["datesTexts"] = e.Dates.Count == 0 ? null : e.Dates.Select(d => d.Text ?? "").ToList();
        properties["datesExpected"] = e.Dates.Count == 0 ? null : e.Dates.Select(d => d.Expected).ToList();
        return properties;
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
        Date = DateProperties.Read(p, "date"),
        Dates = Dates(p),
        Publisher = Text(p, "publisher"),
        Author = Text(p, "author"),
        Url = Text(p, "url"),
        File = Text(p, "file"),
        Origin = Text(p, "origin"),
    };

    static List<PartialDate> Dates(IReadOnlyDictionary<string, object?> p)
    {
        var values = Strings(p, "datesValues");
        var roles = Strings(p, "datesRoles");
        var texts = Strings(p, "datesTexts");
        var expected = p.TryGetValue("datesExpected", out var v) && v is IEnumerable<object?> list ? list.Select(x => x is true).ToList() : [];
        return values.Select((value, i) => PartialDate.Parse(value) with
        {
            Role = DateRoles.TryParse(roles[i], out var role) ? role : null,
            Text = texts[i].Length == 0 ? null : texts[i],
            Expected = i < expected.Count && expected[i],
        }).ToList();
    }

    /// <summary>The property names an entity projection returns (search helpers like nameFolded stay in the database).</summary>
    public static IEnumerable<string> ProjectedKeys =>
    [
        "id", "kind", "name", "aliases", "description", "type", "status", "country", "iso", "symbol", "place",
        .. DateProperties.Keys("date"), "datesValues", "datesRoles", "datesTexts", "datesExpected",
        "publisher", "author", "url", "file", "origin",
    ];

    internal static string? Text(IReadOnlyDictionary<string, object?> p, string key) => p.TryGetValue(key, out var v) ? v as string : null;

    internal static IReadOnlyList<string> Strings(IReadOnlyDictionary<string, object?> p, string key) =>
        p.TryGetValue(key, out var v) && v is IEnumerable<object?> list ? list.Select(x => (string)x!).ToList() : [];
}
