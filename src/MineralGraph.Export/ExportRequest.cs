using System.Globalization;
using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Export.Sources;

namespace MineralGraph.Export;

/// <summary>Which part of the graph an export holds.</summary>
public enum ExportScope
{
    /// <summary>Every entity and relation.</summary>
    Whole,
    /// <summary>The entities within <see cref="ExportRequest.Depth"/> hops of <see cref="ExportRequest.Id"/>.</summary>
    Neighbourhood,
    /// <summary>The shortest paths between <see cref="ExportRequest.From"/> and <see cref="ExportRequest.To"/>.</summary>
    Path,
}

/// <summary>A parameter that was wrong, and why.</summary>
public sealed record ExportParameterError(string Parameter, string Message)
{
    public override string ToString() => $"{Parameter}: {Message}";
}

/// <summary>
/// Thrown when a well-formed request names something the graph does not hold (an unknown id, no path). With a
/// <paramref name="parameter"/>, the message begins with it ("ids: …"), so the HTTP answer and the command line
/// (<c>--ids: …</c>) both name it.
/// </summary>
public sealed class ExportNotFoundException(string problem, string? parameter = null)
    : Exception(parameter is null ? problem : $"{parameter}: {problem}")
{
    /// <summary>The parameter whose value names nothing, when one does.</summary>
    public string? Parameter => parameter;

    /// <summary>The message without the parameter's name.</summary>
    public string Problem => problem;
}

/// <summary>
/// What to export, with the same filters as the GraphQL API: <c>id</c> + <c>depth</c> + <c>kinds</c> + <c>asOf</c>
/// (+ <c>limitPerNode</c>) for a neighbourhood, <c>from</c> + <c>to</c> (+ <c>maxHops</c>, <c>first</c>, <c>kinds</c>,
/// <c>asOf</c>) for paths, none for the whole graph. The HTTP endpoint and the command line both parse it here, so
/// they accept the same parameters and give the same errors. Defaults and caps are the API's
/// (<see cref="QueryDefaults"/>, <see cref="QueryCaps"/>).
/// </summary>
public sealed record ExportRequest
{
    public ExportFormat Format { get; init; } = ExportFormat.Cytoscape;
    public ExportScope Scope { get; init; } = ExportScope.Whole;
    public string? Id { get; init; }
    public int Depth { get; init; } = QueryDefaults.NeighbourhoodDepth;
    public IReadOnlyCollection<RelationKind>? Kinds { get; init; }
    public DateOnly? AsOf { get; init; }
    public int LimitPerNode { get; init; } = QueryDefaults.LimitPerNode;
    public string? From { get; init; }
    public string? To { get; init; }
    public int MaxHops { get; init; } = QueryDefaults.PathHops;
    public int First { get; init; } = QueryDefaults.Paths;

    /// <summary>The parameter names understood, as in <c>/export?…</c> (the command line uses the same, as <c>--name</c>).</summary>
    public static readonly IReadOnlyList<string> Parameters = ["format", "id", "depth", "kinds", "asOf", "limitPerNode", "from", "to", "maxHops", "first"];

    /// <summary>
    /// Reads a request from named parameters (missing = null). Every problem is reported, each naming its parameter;
    /// the request is null when there is any.
    /// </summary>
    public static (ExportRequest? Request, IReadOnlyList<ExportParameterError> Errors) Parse(Func<string, string?> parameter)
    {
        var errors = new List<ExportParameterError>();
        var format = ExportFormat.Cytoscape;
        if (parameter("format") is { } formatText && !ExportFormats.TryParse(formatText, out format))
            errors.Add(new("format", $"'{formatText}' is not a format; use one of {ExportFormats.Names}"));

        var id = Text(parameter("id"));
        var from = Text(parameter("from"));
        var to = Text(parameter("to"));
        var scope = id is not null ? ExportScope.Neighbourhood : from is not null || to is not null ? ExportScope.Path : ExportScope.Whole;
        if (id is not null && (from is not null || to is not null))
            errors.Add(new("id", "give either id (a neighbourhood) or from and to (a path), not both"));
        if (scope == ExportScope.Path && from is null) errors.Add(new("from", "a path needs both from and to; from is missing"));
        if (scope == ExportScope.Path && to is null) errors.Add(new("to", "a path needs both from and to; to is missing"));
        foreach (var (name, value) in new[] { ("id", id), ("from", from), ("to", to) })
        {
            if (value is not null && EntityKinds.OfId(value) is null)
                errors.Add(new(name, $"'{value}' is not an entity id of the form kind/slug (e.g. mineral/lithium)"));
        }

        var depth = Number(parameter, "depth", QueryDefaults.NeighbourhoodDepth, 1, QueryCaps.NeighbourhoodDepth, errors);
        var limitPerNode = Number(parameter, "limitPerNode", QueryDefaults.LimitPerNode, 1, QueryCaps.LimitPerNode, errors);
        var maxHops = Number(parameter, "maxHops", QueryDefaults.PathHops, 1, QueryCaps.PathHops, errors);
        var first = Number(parameter, "first", QueryDefaults.Paths, 1, QueryCaps.Paths, errors);
        if (scope != ExportScope.Neighbourhood)
        {
            foreach (var name in new[] { "depth", "limitPerNode" })
                if (parameter(name) is not null) errors.Add(new(name, $"{name} applies to a neighbourhood export (with id) only"));
        }
        if (scope != ExportScope.Path)
        {
            foreach (var name in new[] { "maxHops", "first" })
                if (parameter(name) is not null) errors.Add(new(name, $"{name} applies to a path export (with from and to) only"));
        }

        IReadOnlyCollection<RelationKind>? kinds = null;
        if (Text(parameter("kinds")) is { } kindsText)
        {
            var parsed = new List<RelationKind>();
            foreach (var name in kindsText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (RelationKinds.TryParse(name.ToUpperInvariant(), out var kind)) parsed.Add(kind);
                else errors.Add(new("kinds", $"'{name}' is not a relation kind; use any of {string.Join(", ", RelationKinds.All.Select(k => k.Name()))}"));
            }
            kinds = parsed.Distinct().ToList();
        }

        DateOnly? asOf = null;
        if (Text(parameter("asOf")) is { } asOfText)
        {
            if (DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) asOf = day;
            else errors.Add(new("asOf", $"'{asOfText}' is not a date of the form YYYY-MM-DD"));
        }
        if (scope == ExportScope.Whole && (kinds is not null || asOf is not null))
            errors.Add(new(kinds is not null ? "kinds" : "asOf", "kinds and asOf filter a neighbourhood (id) or a path (from, to); the whole graph is exported unfiltered"));

        if (errors.Count > 0) return (null, errors);
        return (new ExportRequest
        {
            Format = format, Scope = scope, Id = id, Depth = depth, Kinds = kinds, AsOf = asOf,
            LimitPerNode = limitPerNode, From = from, To = to, MaxHops = maxHops, First = first,
        }, errors);
    }

    /// <summary>Reads the graph this request names from the store.</summary>
    /// <exception cref="ExportNotFoundException">An id is unknown, or no path joins the two entities.</exception>
    public async Task<ExportGraph> ResolveAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        switch (Scope)
        {
            case ExportScope.Neighbourhood:
            {
                await RequireAsync(store, Id!, cancellationToken);
                var subgraph = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery
                {
                    Id = Id!, Depth = Depth, Kinds = Kinds, AsOf = AsOf, LimitPerNode = LimitPerNode,
                }, cancellationToken);
                return ExportGraph.FromSubgraph(subgraph, $"the neighbourhood of {Id} (depth {Depth}{Filters()})");
            }
            case ExportScope.Path:
            {
                await RequireAsync(store, From!, cancellationToken);
                await RequireAsync(store, To!, cancellationToken);
                var paths = await store.FindPathsAsync(new PathQuery
                {
                    From = From!, To = To!, MaxHops = MaxHops, Kinds = Kinds, AsOf = AsOf, First = First,
                }, cancellationToken);
                if (paths.Count == 0) throw new ExportNotFoundException($"no path of at most {MaxHops} hops joins {From} and {To}{Filters()}");
                return ExportGraph.FromPaths(paths, $"the shortest paths from {From} to {To}{Filters()}");
            }
            default:
                return await WholeGraph.FromStoreAsync(store, cancellationToken);
        }
    }

    /// <summary>A file name saying what the file holds: <c>mineralgraph-neighbourhood-mineral-lithium.gexf</c>.</summary>
    public string FileName
    {
        get
        {
            var what = Scope switch
            {
                ExportScope.Neighbourhood => "neighbourhood-" + Slug(Id!),
                ExportScope.Path => $"path-{Slug(From!)}-to-{Slug(To!)}",
                _ => "graph",
            };
            return $"mineralgraph-{what}{Format.FileExtension()}";
        }
    }

    string Filters() =>
        (Kinds is { Count: > 0 } ? ", kinds " + string.Join(",", Kinds.Select(k => k.Name())) : "") +
        (AsOf is { } day ? $", as of {day:yyyy-MM-dd}" : "");

    static async Task RequireAsync(IGraphStore store, string id, CancellationToken cancellationToken)
    {
        if (await store.GetEntityAsync(id, cancellationToken) is null) throw new ExportNotFoundException($"no entity '{id}' in the graph");
    }

    static string Slug(string id) => id.Replace('/', '-');

    static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    static int Number(Func<string, string?> parameter, string name, int fallback, int min, int max, List<ExportParameterError> errors)
    {
        if (Text(parameter(name)) is not { } text) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors.Add(new(name, $"'{text}' is not a whole number from {min} to {max}"));
        return fallback;
    }
}
