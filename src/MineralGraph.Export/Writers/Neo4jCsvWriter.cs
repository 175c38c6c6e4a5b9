using System.IO.Compression;
using System.Text;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Text;
using MineralGraph.Domain.Time;

namespace MineralGraph.Export.Writers;

/// <summary>
/// A zip of <c>nodes.csv</c> and <c>relationships.csv</c> in the layout <c>neo4j-admin database import full</c>
/// reads, holding the same labels and properties as the Neo4j store writes (labels <c>Entity</c> + the kind,
/// relationship types = relation kinds, dates as seed text plus earliest/latest days, evidence as parallel lists),
/// so an imported database can be served by the Neo4j store after <c>schema/neo4j/*.cypher</c> is applied.
/// Lists are split on U+001F (never found in text) and quoted fields may span lines, hence the import options in
/// <see cref="ImportCommand"/>.
/// </summary>
public sealed class Neo4jCsvWriter : IGraphWriter
{
    public const string NodesFile = "nodes.csv";
    public const string RelationshipsFile = "relationships.csv";
    public const string ReadmeFile = "IMPORT.txt";
    public const char ArrayDelimiter = '\u001F';

    public const string ImportCommand =
        "neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv " +
        "--array-delimiter=U+001F --multiline-fields=true --overwrite-destination=true neo4j";

    public static readonly string NodesHeader =
        "id:ID,:LABEL,kind,name,aliases:string[],description,type,status,country,iso,symbol,place,date,dateEarliest,dateLatest," +
        "dateText,dateExpected:boolean,dateRole,datesValues:string[],datesRoles:string[],datesTexts:string[],datesExpected:boolean[]," +
        "publisher,author,url,file,origin,nameFolded,searchNames:string[],searchText";

    public static readonly string RelationshipsHeader =
        ":START_ID,:END_ID,:TYPE,id,role,since,until,sinceEarliest,sinceLatest,untilEarliest,untilLatest," +
        "sinceText,sinceExpected:boolean,sinceRole,untilText,untilExpected:boolean,untilRole,current,note," +
        "disputedBy:string[],evidenceSources:string[],evidenceQuotes:string[],evidenceLocators:string[],evidenceReportedBy:string[]," +
        "denied:boolean,amountValue:double,amountUnit,amountQualifier,amountBasis,amountText,amountDate,amountDateText,amountDateExpected:boolean,amountDateRole";

    public ExportFormat Format => ExportFormat.Neo4jCsv;

    public async Task WriteAsync(ExportGraph graph, Stream output, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var counter = new ProgressCounter(progress);
        var draining = new DrainingStream(output);
        await using (var zip = await ZipArchive.CreateAsync(draining, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
        {
            await WriteEntriesAsync(zip, draining, graph, counter, cancellationToken);
        }
        await draining.FlushAsync(cancellationToken);
        counter.Report();
    }

    static async Task WriteEntriesAsync(ZipArchive zip, DrainingStream draining, ExportGraph graph, ProgressCounter counter, CancellationToken cancellationToken)
    {
        await using (var nodes = await OpenEntryAsync(zip, NodesFile, cancellationToken))
        {
            await nodes.WriteAsync(NodesHeader + "\n");
            await foreach (var node in graph.Nodes.WithCancellation(cancellationToken))
            {
                await nodes.WriteAsync(NodeLine(node));
                counter.Node();
            }
        }
        await draining.DrainAsync(cancellationToken);
        await using (var relationships = await OpenEntryAsync(zip, RelationshipsFile, cancellationToken))
        {
            await relationships.WriteAsync(RelationshipsHeader + "\n");
            await foreach (var edge in graph.Edges.WithCancellation(cancellationToken))
            {
                await relationships.WriteAsync(RelationshipLine(edge));
                counter.Edge();
            }
        }
        await draining.DrainAsync(cancellationToken);
        await using (var readme = await OpenEntryAsync(zip, ReadmeFile, cancellationToken))
        {
            await readme.WriteAsync(
                $"MineralGraph, {graph.Description}, for neo4j-admin (Neo4j 5).\n\n" +
                "Stop the database, then, from the folder holding these files:\n\n    " + ImportCommand + "\n\n" +
                "Then start it and apply schema/neo4j/*.cypher (constraints, indexes, the name search index).\n");
        }
        await draining.DrainAsync(cancellationToken);
    }

    static async Task<StreamWriter> OpenEntryAsync(ZipArchive zip, string name, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        var stream = await entry.OpenAsync(cancellationToken);
        // Written only with WriteAsync; the default buffer keeps the deflate stream fed in large chunks.
        return new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 16 * 1024) { NewLine = "\n" };
    }

    internal static string NodeLine(Entity e)
    {
        var names = new[] { e.Name }.Concat(e.Aliases).Select(SearchText.Fold).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return Line(
            e.Id,
            List(["Entity", e.Kind.ToString()]),
            e.Kind.Prefix(),
            e.Name,
            List(e.Aliases),
            e.Description,
            e.Type, e.Status, e.Country, e.Iso, e.Symbol, e.Place,
            e.Date?.ToString(), Placed(e.Date, d => d.Earliest), Placed(e.Date, d => d.Latest),
            e.Date?.Text, True(e.Date?.Expected), e.Date?.Role?.Name(),
            List(e.Dates.Select(d => d.ToString()).ToList()), List(e.Dates.Select(d => d.Role?.Name() ?? "").ToList()),
            Blanks(e.Dates.Select(d => d.Text).ToList()), List(e.Dates.Select(d => d.Expected ? "true" : "false").ToList()),
            e.Publisher, e.Author, e.Url, e.File, e.Origin,
            SearchText.Fold(e.Name),
            List(names),
            string.Join("\n", names));
    }

    internal static string RelationshipLine(Relation r) => Line(
        r.From,
        r.To,
        r.Kind.Name(),
        r.Id,
        r.Role,
        r.Since?.ToString(), r.Until?.ToString(),
        Placed(r.Since, d => d.Earliest), Placed(r.Since, d => d.Latest), Placed(r.Until, d => d.Earliest),
        r.Until is { Expected: true } ? null : Placed(r.Until, d => d.Latest), // an expected end never drops a tie (as the store writes it)
        r.Since?.Text, True(r.Since?.Expected), r.Since?.Role?.Name(), r.Until?.Text, True(r.Until?.Expected), r.Until?.Role?.Name(),
        GraphFields.CurrentText(r.IsCurrent),
        r.Note,
        List(r.DisputedBy),
        List(r.Evidence.Select(e => e.SourceId).ToList()),
        List(r.Evidence.Select(e => e.Quote).ToList()),
        Blanks(r.Evidence.Select(e => e.Locator).ToList()),
        Blanks(r.Evidence.Select(e => e.ReportedBy).ToList()),
        r.Denied ? "true" : "false",
        r.Amount?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Amount?.Unit, r.Amount?.Qualifier.Name(),
        r.Amount?.Basis, r.Amount?.Text, r.Amount?.Date?.ToString(), r.Amount?.Date?.Text, True(r.Amount?.Date?.Expected), r.Amount?.Date?.Role?.Name());

    /// <summary>
    /// One item per element, "" where there is none (a locator, a reportedBy, a date's words), so the lists stay parallel.
    /// When none has one the property is left out: neo4j-admin reads a lone "" as null, so a one-item list [""] cannot be written.
    /// </summary>
    static string? Blanks(IReadOnlyList<string?> items) =>
        items.All(string.IsNullOrEmpty) ? null : List(items.Select(i => i ?? "").ToList(), keepEmpty: true);

    /// <summary>A day of a date that can be placed on the calendar (not a month without its year), as text.</summary>
    static string? Placed(PartialDate? date, Func<PartialDate, DateOnly> day) =>
        date is { IsPlaced: true } d ? day(d).ToString("yyyy-MM-dd") : null;

    /// <summary>"true" for true; no property otherwise, as the store writes an expectation only when there is one.</summary>
    static string? True(bool? value) => value == true ? "true" : null;

    /// <summary>A list field; null (no property) when empty.</summary>
    static string? List(IReadOnlyList<string> items, bool keepEmpty = false)
    {
        if (items.Count == 0) return null;
        foreach (var item in items)
        {
            if (item.Contains(ArrayDelimiter)) throw new FormatException($"a list item holds the CSV list delimiter U+001F: '{item}'");
        }
        var joined = string.Join(ArrayDelimiter, items);
        return joined.Length == 0 && !keepEmpty ? null : joined;
    }

    /// <summary>
    /// One CSV record: every value quoted with inner quotes doubled; null written as an empty, unquoted field, which
    /// neo4j-admin reads as "no property" (a quoted "" stays an empty string).
    /// </summary>
    static string Line(params string?[] values)
    {
        var sb = new StringBuilder(256);
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0) sb.Append(',');
            if (values[i] is not { } value) continue;
            sb.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
        }
        return sb.Append('\n').ToString();
    }
}
