using Microsoft.Net.Http.Headers;

namespace MineralGraph.Server.Http;

/// <summary>
/// GraphQL over HTTP content negotiation: <c>application/graphql-response+json</c> unless the Accept header
/// prefers <c>application/json</c> or <c>text/event-stream</c> (GraphQL over SSE); null when it accepts none of them (406).
/// </summary>
public static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    /// <summary>GraphQL over SSE: the answer as server-sent events (subscriptions need it; queries and mutations may use it).</summary>
    public const string EventStream = "text/event-stream";

    public static string? Choose(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept)) return GraphQLResponse;
        if (!MediaTypeHeaderValue.TryParseList([accept], out var ranges)) return GraphQLResponse;
        string? best = null;
        double bestQuality = 0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1;
            if (quality <= bestQuality) continue;
            var type = range.MediaType.Value?.ToLowerInvariant();
            var match = type switch
            {
                GraphQLResponse or "application/*" or "*/*" => GraphQLResponse,
                Json => Json,
                EventStream => EventStream,
                _ => null,
            };
            if (match is null) continue;
            best = match;
            bestQuality = quality;
        }
        return best;
    }

    /// <summary>True for a request body declared as JSON (any charset parameter).</summary>
    public static bool IsJson(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var type) &&
        string.Equals(type.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a browser asks for a page (GraphiQL) rather than data.</summary>
    public static bool WantsHtml(string? accept) =>
        accept is not null && MediaTypeHeaderValue.TryParseList([accept], out var ranges) &&
        ranges.Any(r => string.Equals(r.MediaType.Value, "text/html", StringComparison.OrdinalIgnoreCase) && (r.Quality ?? 1) > 0);
}
