using MineralGraph.Domain.Store;
using MineralGraph.Export;
using MineralGraph.Server.Hosting;

namespace MineralGraph.Server.Http;

public static class ExportEndpoints
{
    /// <summary>
    /// <c>GET /export?format=cytoscape|graphology|gexf|graphml|neo4j-csv</c>: the whole graph (no other parameter),
    /// a neighbourhood (<c>id</c>, <c>depth</c>, <c>kinds</c>, <c>asOf</c>, <c>limitPerNode</c>) or the shortest
    /// paths (<c>from</c>, <c>to</c>, <c>maxHops</c>, <c>first</c>, <c>kinds</c>, <c>asOf</c>), as a download,
    /// streamed from the store. 400 names each bad parameter, 404 an unknown id or no path, 503 an unavailable store.
    /// </summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export", HandleAsync).ExcludeFromDescription();
        return app;
    }

    static async Task<IResult> HandleAsync(HttpContext http, IGraphStore store, ILoggerFactory logs)
    {
        var query = http.Request.Query;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in query.Keys)
        {
            var known = ExportRequest.Parameters.FirstOrDefault(p => string.Equals(p, key, StringComparison.OrdinalIgnoreCase));
            if (known is null) errors[key] = [$"'{key}' is not an export parameter; use {string.Join(", ", ExportRequest.Parameters)}"];
            else if (query[key].Count > 1) errors[known] = [$"give {known} once"];
        }
        var (request, problems) = ExportRequest.Parse(name => query.TryGetValue(name, out var value) ? value.ToString() : null);
        foreach (var problem in problems) errors[problem.Parameter] = [.. errors.GetValueOrDefault(problem.Parameter, []), problem.Message];
        if (errors.Count > 0 || request is null)
            return Results.ValidationProblem(errors, title: "The export request has bad parameters.");

        ExportGraph graph;
        try
        {
            graph = await request.ResolveAsync(store, http.RequestAborted);
        }
        catch (ExportNotFoundException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status404NotFound, title: "Nothing to export.");
        }
        catch (StoreUnavailableException)
        {
            return Results.Problem("The graph store is not answering; try again shortly.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Store unavailable.");
        }
        catch (ArgumentException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The export request has bad parameters.");
        }

        var response = http.Response;
        response.ContentType = request.Format.ContentType();
        response.Headers.ContentDisposition = $"attachment; filename=\"{request.FileName}\"";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        try
        {
            await GraphExporter.WriteAsync(request.Format, graph, response.Body, progress: null, http.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException && !ClientFailures.Caused(e, http))
        {
            // The status line is already sent: cut the connection so the client sees a failed download, never a
            // file that looks complete but is not.
            logs.CreateLogger(typeof(ExportEndpoints)).LogError(e, "Export {FileName} failed while streaming", request.FileName);
            http.Abort();
        }
        return Results.Empty;
    }
}
