using System.Globalization;
using System.Text;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;

namespace MineralGraph.Synthetic.Yaml;

/// <summary>
/// Writes a graph as a graph-seed folder in one streaming pass, for graphs too big to sort or group in memory
/// first: sources.yaml, entities/&lt;kind&gt;s.yaml and relations/&lt;kind&gt;.yaml, the layout of
/// <see cref="SeedWriter"/>, with every file open at once and items written in the graph's order; then each
/// source's document (<see cref="SourceDocuments"/>), so that every quote is checked like graph-seed's.
/// Strings are double-quoted and escaped, so any text reads back unchanged with <see cref="SeedLoader"/>.
/// </summary>
public static class SeedYamlWriter
{
    const int BufferSize = 1 << 16;
    const int ProgressEvery = 10_000;

    /// <summary>
    /// Writes into <paramref name="directory"/>, which must not exist or be empty (nothing is overwritten).
    /// <paramref name="itemsWritten"/> is told how many entities and relations are written, every 10,000 and at the end.
    /// </summary>
    public static void Write(SeedGraph graph, string directory, IProgress<int>? itemsWritten = null)
    {
        if (File.Exists(directory)) throw new IOException($"'{directory}' is a file; the output must be a new or empty folder");
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
            throw new IOException($"'{directory}' is not empty; the output must be a new or empty folder (nothing was written)");
        Directory.CreateDirectory(Path.Combine(directory, SeedLoader.EntitiesFolder));
        Directory.CreateDirectory(Path.Combine(directory, SeedLoader.RelationsFolder));

        var files = new Dictionary<string, StreamWriter>(StringComparer.Ordinal);
        var documents = new SourceDocuments();
        try
        {
            var written = 0;
            void Count()
            {
                if (++written % ProgressEvery == 0) itemsWritten?.Report(written);
            }
            foreach (var entity in graph.Entities)
            {
                WriteEntity(Writer(files, directory, EntityFile(entity.Kind)), entity);
                documents.Add(entity);
                Count();
            }
            foreach (var relation in graph.Relations)
            {
                WriteRelation(Writer(files, directory, RelationFile(relation.Kind)), relation);
                documents.Add(relation);
                Count();
            }
            documents.Write(directory);
            itemsWritten?.Report(written);
        }
        finally
        {
            foreach (var writer in files.Values) writer.Dispose();
        }
    }

    public static string EntityFile(EntityKind kind) => kind switch
    {
        EntityKind.Source => SeedLoader.SourcesFile,
        EntityKind.Agency => $"{SeedLoader.EntitiesFolder}/agencies.yaml",
        EntityKind.Company => $"{SeedLoader.EntitiesFolder}/companies.yaml",
        _ => $"{SeedLoader.EntitiesFolder}/{kind.Prefix()}s.yaml",
    };

    public static string RelationFile(RelationKind kind) =>
        $"{SeedLoader.RelationsFolder}/{kind.Name().ToLowerInvariant().Replace('_', '-')}.yaml";

    static StreamWriter Writer(Dictionary<string, StreamWriter> files, string directory, string name)
    {
        if (files.TryGetValue(name, out var writer)) return writer;
        writer = new StreamWriter(Path.Combine(directory, name), append: false, new UTF8Encoding(false), BufferSize) { NewLine = "\n" };
        files[name] = writer;
        return writer;
    }

    internal static void WriteEntity(TextWriter w, Entity e)
    {
        Plain(w, "- id: ", e.Id);
        Quoted(w, "  name: ", e.Name);
        if (e.Aliases.Count > 0)
        {
            w.Write("  aliases: [");
            for (var i = 0; i < e.Aliases.Count; i++)
            {
                if (i > 0) w.Write(", ");
                Escaped(w, e.Aliases[i]);
            }
            w.Write("]\n");
        }
        Quoted(w, "  type: ", e.Type);
        Quoted(w, "  status: ", e.Status);
        Plain(w, "  country: ", e.Country);
        Quoted(w, "  iso: ", e.Iso);
        Quoted(w, "  symbol: ", e.Symbol);
        Quoted(w, "  place: ", e.Place);
        Plain(w, "  date: ", e.Date?.ToString());
        Quoted(w, "  publisher: ", e.Publisher);
        Quoted(w, "  author: ", e.Author);
        Quoted(w, "  url: ", e.Url);
        Quoted(w, "  file: ", e.File);
        Quoted(w, "  origin: ", e.Origin);
        if (e.Description.Length > 0 || e.Kind != EntityKind.Source) Quoted(w, "  description: ", e.Description);
        w.Write('\n');
    }

    internal static void WriteRelation(TextWriter w, Relation r)
    {
        Plain(w, "- id: ", r.Id);
        Plain(w, "  kind: ", r.Kind.Name());
        Plain(w, "  from: ", r.From);
        Plain(w, "  to: ", r.To);
        Quoted(w, "  role: ", r.Role);
        Plain(w, "  since: ", r.Since?.ToString());
        Plain(w, "  until: ", r.Until?.ToString());
        if (r.IsCurrent != Truth.Unknown) w.Write(r.IsCurrent == Truth.True ? "  current: true\n" : "  current: false\n");
        if (r.DisputedBy.Count > 0)
        {
            w.Write("  disputedBy: [");
            for (var i = 0; i < r.DisputedBy.Count; i++)
            {
                if (i > 0) w.Write(", ");
                w.Write(r.DisputedBy[i]);
            }
            w.Write("]\n");
        }
        Quoted(w, "  note: ", r.Note);
        if (r.Retraction is { } retraction)
        {
            w.Write("  retracted:\n");
            Quoted(w, "    reason: ", retraction.Reason);
            Quoted(w, "    by: ", retraction.By);
            Quoted(w, "    at: ", retraction.At.ToString("O", CultureInfo.InvariantCulture));
        }
        w.Write("  evidence:\n");
        foreach (var e in r.Evidence)
        {
            Plain(w, "    - source: ", e.SourceId);
            Quoted(w, "      quote: ", e.Quote);
            Quoted(w, "      locator: ", e.Locator);
        }
        w.Write('\n');
    }

    /// <summary>Ids, kinds and dates: characters that are always plain YAML.</summary>
    static void Plain(TextWriter w, string key, string? value)
    {
        if (value is null) return;
        w.Write(key);
        w.Write(value);
        w.Write('\n');
    }

    static void Quoted(TextWriter w, string key, string? value)
    {
        if (value is null) return;
        w.Write(key);
        Escaped(w, value);
        w.Write('\n');
    }

    /// <summary>A double-quoted scalar; only text that needs escaping is copied character by character.</summary>
    static void Escaped(TextWriter w, string value)
    {
        w.Write('"');
        if (!NeedsEscape(value))
        {
            w.Write(value);
        }
        else
        {
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': w.Write("\\\""); break;
                    case '\\': w.Write("\\\\"); break;
                    case '\n': w.Write("\\n"); break;
                    case '\r': w.Write("\\r"); break;
                    case '\t': w.Write("\\t"); break;
                    default:
                        if (IsSpecial(c)) w.Write("\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else w.Write(c);
                        break;
                }
            }
        }
        w.Write('"');
    }

    static bool NeedsEscape(string value)
    {
        foreach (var c in value)
        {
            if (c is '"' or '\\' || IsSpecial(c)) return true;
        }
        return false;
    }

    /// <summary>Control characters, and the characters YAML reads as line breaks or a byte-order mark.</summary>
    static bool IsSpecial(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF';
}
