using MineralGraph.Domain.Store;
using MineralGraph.Export;
using MineralGraph.Export.Timeline;

namespace MineralGraph.Server.Http;

public static class TimelineExportEndpoint
{
    /// <summary>
    /// <c>GET /export/timeline?format=csv|timelinejs&amp;ids=…&amp;from=…&amp;to=…&amp;kinds=…</c>: the timeline (as the
    /// <c>timeline</c> query gives it, every page) as RFC 4180 CSV or TimelineJS JSON, as a download. 400 names each bad
    /// parameter (the API's argument rules), 404 the unknown ids, 503 an unavailable store. At most
    /// <see cref="TimelineExportRequest.MaxItems"/> items; <c>X-Truncated: true</c> says when more were left out.
    /// </summary>
    public static IEndpointRouteBuilder MapTimelineExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/timeline", HandleAsync).ExcludeFromDescription();
        return app;
    }

    static async Task<IResult> HandleAsync(HttpContext http, IGraphStore store)
    {
        var query = http.Request.Query;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in query.Keys)
        {
            var known = TimelineExportRequest.Parameters.FirstOrDefault(p => string.Equals(p, key, StringComparison.OrdinalIgnoreCase));
            if (known is null) errors[key] = [$"'{key}' is not a timeline export parameter; use {string.Join(", ", TimelineExportRequest.Parameters)}"];
            else if (query[key].Count > 1) errors[known] = [$"give {known} once"];
        }
        var (request, problems) = TimelineExportRequest.Parse(name => query.TryGetValue(name, out var value) ? value.ToString() : null);
        foreach (var problem in problems) errors[problem.Parameter] = [.. errors.GetValueOrDefault(problem.Parameter, []), problem.Message];
        if (errors.Count > 0 || request is null)
            return Results.ValidationProblem(errors, title: "The timeline export request has bad parameters.");

        IReadOnlyList<Domain.Timeline.TimelineItem> items;
        bool truncated;
        try
        {
            (items, truncated) = await request.ReadAsync(store, http.RequestAborted);
        }
        catch (ExportNotFoundException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status404NotFound, title: "Nothing to export.");
        }
        catch (StoreUnavailableException)
        {
            return Results.Problem("The graph store is not answering; try again shortly.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Store unavailable.");
        }

        var response = http.Response;
        response.ContentType = request.ContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{request.FileName}\"";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        if (truncated) response.Headers["X-Truncated"] = "true";
        await request.WriteAsync(items, response.Body, http.RequestAborted);
        return Results.Empty;
    }
}
