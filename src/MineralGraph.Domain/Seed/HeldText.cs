using MineralGraph.Domain.Text;
using MineralGraph.Domain.Time;

namespace MineralGraph.Domain.Seed;

/// <summary>
/// A source's held text: what every quote citing the source is checked against. It is the file the source names:
/// a whole document (<c>documents/*.txt</c>) or passages kept from a stored copy of an outside page
/// (<c>passages/*.yaml</c>: a list of copies read, each with <c>url</c>, <c>read</c> and <c>passages</c>).
/// The validator and both stores take a source's text from here, so they cannot disagree on it.
/// </summary>
public static class HeldText
{
    /// <summary>Passages longer than this are not fair quotation: keep a few sentences around each quote.</summary>
    public const int MaxPassageLength = 2000;

    static readonly IReadOnlySet<string> CopyFields = new HashSet<string> { "url", "read", "passages" };

    /// <summary>The normalised held text of <paramref name="file"/> (relative to the seed folder), or null when it is missing.</summary>
    public static string? Normalised(string seedDirectory, string file) =>
        Read(seedDirectory, file, []) is { } text ? QuoteText.Normalise(text) : null;

    /// <summary>The held text of <paramref name="file"/> as served (raw, not normalised) with its kind, or null when it is missing.</summary>
    public static SourceText? Raw(string seedDirectory, string file) =>
        Read(seedDirectory, file, []) is { } text ? new SourceText(KindOf(file), text) : null;

    /// <summary>Passages for a passages file (<c>.yaml</c>), otherwise the whole document.</summary>
    public static HeldTextKind KindOf(string file) => IsPassages(file) ? HeldTextKind.Passages : HeldTextKind.Document;

    /// <summary>
    /// The held text of <paramref name="file"/>, or null when it is missing. A passages file's problems are added to
    /// <paramref name="errors"/> with file, line and field; its passages are held all the same.
    /// </summary>
    internal static string? Read(string seedDirectory, string file, List<SeedError> errors)
    {
        var path = Path.Combine(seedDirectory, file);
        if (!File.Exists(path)) return null;
        if (!IsPassages(file)) return File.ReadAllText(path);
        var passages = new List<string>();
        foreach (var copy in YamlRecords.Read(path, file, errors))
        {
            var r = new RecordReader(copy, errors);
            r.RejectUnknownFields(CopyFields, "a copy read");
            r.String("url", required: true);
            if (!copy.Has("read")) r.ErrorAt(copy.Line, "read", "is required: the day the copy was read");
            else if (r.Date("read") is { Precision: not DatePrecision.Day } read)
                r.Error("read", $"'{read}' is not a day; give the day the copy was read (YYYY-MM-DD)");
            var kept = r.StringList("passages");
            if (kept.Count == 0) r.ErrorAt(copy.Line, "passages", "is required: at least one passage of the copy");
            foreach (var passage in kept.Where(p => p.Length > MaxPassageLength))
                r.Error("passages", $"a passage is {passage.Length} characters long; keep at most {MaxPassageLength} (a few sentences around each quote)");
            passages.AddRange(kept);
        }
        // A mark between passages: they are not contiguous in the copy, so no quote may run from one into the next.
        return string.Join("\n\n¶\n\n", passages);
    }

    static bool IsPassages(string file) =>
        file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal);
}
