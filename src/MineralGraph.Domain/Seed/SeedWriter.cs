using System.Globalization;
using System.Text;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Time;

namespace MineralGraph.Domain.Seed;

/// <summary>
/// Writes a graph as a graph-seed folder that <see cref="SeedLoader"/> reads back unchanged: sources.yaml,
/// entities/&lt;kind&gt;s.yaml, relations/&lt;kind&gt;.yaml, and the documents the sources' <c>file</c> fields name.
/// One streaming pass with every file open at once, items in the graph's order, so a graph too big to sort or group
/// in memory (a synthetic one) writes as easily as a curated one. Strings are double-quoted and escaped, so any
/// text round-trips.
/// </summary>
public static class SeedWriter
{
    const int BufferSize = 1 << 16;
    const int ProgressEvery = 10_000;

    /// <summary>
    /// Writes into <paramref name="directory"/>, which must not exist or be empty (nothing is overwritten).
    /// </summary>
    /// <param name="documents">Text for each source whose file is written: source id → (relative file, text).</param>
    /// <param name="itemsWritten">Told how many entities and relations are written, every 10,000 and at the end.</param>
    public static void Write(SeedGraph graph, string directory,
        IReadOnlyDictionary<string, (string File, string Text)>? documents = null, IProgress<int>? itemsWritten = null)
    {
        if (File.Exists(directory)) throw new IOException($"'{directory}' is a file; the output must be a new or empty folder");
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
            throw new IOException($"'{directory}' is not empty; the output must be a new or empty folder (nothing was written)");
        Directory.CreateDirectory(Path.Combine(directory, SeedLoader.EntitiesFolder));
        Directory.CreateDirectory(Path.Combine(directory, SeedLoader.RelationsFolder));
        foreach (var (file, text) in (documents ?? new Dictionary<string, (string, string)>()).Values)
        {
            var path = Path.Combine(directory, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        var formerIds = graph.MergedInto.GroupBy(p => p.Value)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Key).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var files = new Dictionary<string, StreamWriter>(StringComparer.Ordinal);
        try
        {
            var written = 0;
            void Count()
            {
                if (++written % ProgressEvery == 0) itemsWritten?.Report(written);
            }
            foreach (var entity in graph.Entities)
            {
                WriteEntity(Writer(files, directory, EntityFile(entity.Kind)), entity, formerIds.GetValueOrDefault(entity.Id));
                Count();
            }
            foreach (var relation in graph.Relations)
            {
                WriteRelation(Writer(files, directory, RelationFile(relation.Kind)), relation);
                Count();
            }
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

    /// <summary>One entity as a graph-seed YAML item, <paramref name="formerIds"/> being the ids merged into it.</summary>
    public static void WriteEntity(TextWriter w, Entity e, IReadOnlyList<string>? formerIds = null)
    {
        Plain(w, "- id: ", e.Id);
        Quoted(w, "  name: ", e.Name);
        if (e.Aliases.Count > 0) List(w, "  aliases: [", e.Aliases, Escaped);
        if (formerIds is { Count: > 0 }) List(w, "  formerIds: [", formerIds, static (w, id) => w.Write(id));
        Quoted(w, "  type: ", e.Type);
        Quoted(w, "  status: ", e.Status);
        Plain(w, "  country: ", e.Country);
        Quoted(w, "  iso: ", e.Iso);
        Quoted(w, "  symbol: ", e.Symbol);
        Quoted(w, "  place: ", e.Place);
        Date(w, "  date: ", e.Date);
        if (e.Dates.Count > 0)
        {
            w.Write("  dates:\n");
            foreach (var date in e.Dates) Date(w, "    - ", date);
        }
        Quoted(w, "  publisher: ", e.Publisher);
        Quoted(w, "  author: ", e.Author);
        Quoted(w, "  url: ", e.Url);
        Quoted(w, "  file: ", e.File);
        Quoted(w, "  origin: ", e.Origin);
        if (e.Description.Length > 0 || e.Kind != EntityKind.Source) Quoted(w, "  description: ", e.Description);
        w.Write('\n');
    }

    /// <summary>One relation as a graph-seed YAML item.</summary>
    public static void WriteRelation(TextWriter w, Relation r)
    {
        Plain(w, "- id: ", r.Id);
        Plain(w, "  kind: ", r.Kind.Name());
        Plain(w, "  from: ", r.From);
        Plain(w, "  to: ", r.To);
        Quoted(w, "  role: ", r.Role);
        Date(w, "  since: ", r.Since);
        Date(w, "  until: ", r.Until);
        if (r.IsCurrent != Truth.Unknown) w.Write(r.IsCurrent == Truth.True ? "  current: true\n" : "  current: false\n");
        if (r.DisputedBy.Count > 0) List(w, "  disputedBy: [", r.DisputedBy, static (w, id) => w.Write(id));
        Quoted(w, "  note: ", r.Note);
        if (r.Denied) w.Write("  denied: true\n");
        if (r.Amount is { } amount)
        {
            w.Write("  amount:\n");
            Plain(w, "    value: ", amount.Value.ToString(CultureInfo.InvariantCulture));
            Quoted(w, "    unit: ", amount.Unit);
            Plain(w, "    qualifier: ", amount.Qualifier.Name());
            Quoted(w, "    basis: ", amount.Basis);
            Date(w, "    date: ", amount.Date);
            Quoted(w, "    text: ", amount.Text);
        }
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
            Quoted(w, "      reportedBy: ", e.ReportedBy);
        }
        w.Write('\n');
    }

    /// <summary>A date: its plain value, or a flow mapping when the source's words, an expectation or a role go with it.</summary>
    static void Date(TextWriter w, string key, PartialDate? date)
    {
        if (date is not { } d) return;
        if (!d.IsAnnotated)
        {
            Plain(w, key, d.ToString());
            return;
        }
        w.Write(key);
        w.Write("{value: ");
        w.Write(d.ToString());
        if (d.Text is { } text)
        {
            w.Write(", text: ");
            Escaped(w, text);
        }
        if (d.Expected) w.Write(", expected: true");
        if (d.Role is { } role)
        {
            w.Write(", role: ");
            w.Write(role.Name());
        }
        w.Write("}\n");
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

    static void List(TextWriter w, string opening, IReadOnlyList<string> items, Action<TextWriter, string> item)
    {
        w.Write(opening);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) w.Write(", ");
            item(w, items[i]);
        }
        w.Write("]\n");
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
