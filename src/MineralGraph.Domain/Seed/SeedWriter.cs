using System.Globalization;
using System.Text;
using MineralGraph.Domain.Model;

namespace MineralGraph.Domain.Seed;

/// <summary>
/// Writes a graph as graph-seed files that <see cref="SeedLoader"/> reads back unchanged: sources.yaml,
/// entities/&lt;kind&gt;s.yaml, relations/&lt;kind&gt;.yaml, and the documents the sources' <c>file</c> fields name.
/// Strings are written double-quoted, so any text round-trips.
/// </summary>
public static class SeedWriter
{
    /// <param name="documents">Text for each source whose file is written: source id → (relative file, text).</param>
    public static void Write(SeedGraph graph, string directory, IReadOnlyDictionary<string, (string File, string Text)>? documents = null)
    {
        Directory.CreateDirectory(Path.Combine(directory, SeedLoader.EntitiesFolder));
        Directory.CreateDirectory(Path.Combine(directory, SeedLoader.RelationsFolder));
        foreach (var (_, (file, text)) in documents ?? new Dictionary<string, (string, string)>())
        {
            var path = Path.Combine(directory, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        var formerIds = graph.MergedInto.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Select(p => p.Key).Order(StringComparer.Ordinal).ToList());
        foreach (var group in graph.Entities.GroupBy(e => e.Kind))
        {
            var name = group.Key == EntityKind.Source ? SeedLoader.SourcesFile : $"{SeedLoader.EntitiesFolder}/{Plural(group.Key)}.yaml";
            using var writer = Open(directory, name);
            foreach (var entity in group.OrderBy(e => e.Id, StringComparer.Ordinal)) WriteEntity(writer, entity, formerIds.GetValueOrDefault(entity.Id));
        }
        foreach (var group in graph.Relations.GroupBy(r => r.Kind))
        {
            using var writer = Open(directory, $"{SeedLoader.RelationsFolder}/{group.Key.Name().ToLowerInvariant().Replace('_', '-')}.yaml");
            foreach (var relation in group.OrderBy(r => r.Id, StringComparer.Ordinal)) WriteRelation(writer, relation);
        }
    }

    static string Plural(EntityKind kind) => kind switch
    {
        EntityKind.Agency => "agencies",
        EntityKind.Company => "companies",
        _ => kind.Prefix() + "s",
    };

    static StreamWriter Open(string directory, string name) =>
        new(Path.Combine(directory, name), append: false, new UTF8Encoding(false)) { NewLine = "\n" };

    static void WriteEntity(TextWriter w, Entity e, IReadOnlyList<string>? formerIds)
    {
        w.WriteLine($"- id: {e.Id}");
        Field(w, "name", e.Name);
        if (e.Aliases.Count > 0) w.WriteLine($"  aliases: [{string.Join(", ", e.Aliases.Select(Quote))}]");
        if (formerIds is { Count: > 0 }) w.WriteLine($"  formerIds: [{string.Join(", ", formerIds)}]");
        Field(w, "type", e.Type);
        Field(w, "status", e.Status);
        Field(w, "country", e.Country);
        Field(w, "iso", e.Iso);
        Field(w, "symbol", e.Symbol);
        Field(w, "place", e.Place);
        Field(w, "date", e.Date?.ToString());
        Field(w, "publisher", e.Publisher);
        Field(w, "author", e.Author);
        Field(w, "url", e.Url);
        Field(w, "file", e.File);
        Field(w, "origin", e.Origin);
        if (e.Description.Length > 0 || e.Kind != EntityKind.Source) Field(w, "description", e.Description);
        w.WriteLine();
    }

    static void WriteRelation(TextWriter w, Relation r)
    {
        w.WriteLine($"- id: {r.Id}");
        w.WriteLine($"  kind: {r.Kind.Name()}");
        w.WriteLine($"  from: {r.From}");
        w.WriteLine($"  to: {r.To}");
        Field(w, "role", r.Role);
        Field(w, "since", r.Since?.ToString());
        Field(w, "until", r.Until?.ToString());
        if (r.IsCurrent != Truth.Unknown) w.WriteLine($"  current: {(r.IsCurrent == Truth.True ? "true" : "false")}");
        if (r.DisputedBy.Count > 0) w.WriteLine($"  disputedBy: [{string.Join(", ", r.DisputedBy)}]");
        Field(w, "note", r.Note);
        if (r.Retraction is { } x)
        {
            w.WriteLine("  retracted:");
            w.WriteLine($"    reason: {Quote(x.Reason)}");
            w.WriteLine($"    by: {Quote(x.By)}");
            w.WriteLine($"    at: {Quote(x.At.ToString("O", CultureInfo.InvariantCulture))}");
        }
        w.WriteLine("  evidence:");
        foreach (var e in r.Evidence)
        {
            w.WriteLine($"    - source: {e.SourceId}");
            w.WriteLine($"      quote: {Quote(e.Quote)}");
            if (e.Locator is not null) w.WriteLine($"      locator: {Quote(e.Locator)}");
        }
        w.WriteLine();
    }

    static void Field(TextWriter w, string name, string? value)
    {
        if (value is not null) w.WriteLine($"  {name}: {Quote(value)}");
    }

    /// <summary>A YAML double-quoted scalar: backslash, quote and control characters escaped.</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
