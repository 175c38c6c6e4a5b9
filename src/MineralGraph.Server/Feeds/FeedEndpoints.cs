using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;

namespace MineralGraph.Server.Feeds;

/// <summary>
/// Atom feeds of curated changes for feed readers: <c>GET /feeds/changes.atom</c> (the whole graph) and
/// <c>GET /feeds/entity/{id}.atom</c> (one entity or relation, the same changes <c>history</c> shows), each the last
/// <see cref="Entries"/> changes, newest first. The ETag is the latest change number, so a reader polling an unchanged
/// feed gets 304 for one tiny read. An id no entity or relation ever had is 404 with a plain message.
/// </summary>
public static class FeedEndpoints
{
    public const int Entries = 50;

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feeds/changes.atom", ChangesAsync).ExcludeFromDescription();
        app.MapGet("/feeds/entity/{**path}", EntityAsync).ExcludeFromDescription();
        return app;
    }

    static async Task ChangesAsync(HttpContext http, IEnumerable<ICurationStore> curationStores, TimeProvider clock)
    {
        var curation = curationStores.LastOrDefault();
        var latest = curation is null ? 0 : await curation.LatestSequenceAsync(http.RequestAborted);
        if (NotModified(http, latest, "all")) return;
        IReadOnlyList<Change> changes = [];
        if (curation is not null && latest > 0)
        {
            var page = await curation.ChangesAsync(new ChangesQuery(Math.Max(0, latest - Entries), First: Entries), http.RequestAborted);
            changes = page.Items.Reverse().ToList();
        }
        var baseUrl = BaseUrl(http);
        await WriteAsync(http, new AtomFeed.Head("urn:mineralgraph:changes", "MineralGraph: every curated change",
            baseUrl + "/feeds/changes.atom", baseUrl + "/"), changes, baseUrl, clock);
    }

    static async Task EntityAsync(HttpContext http, string path, IGraphStore store, IEnumerable<ICurationStore> curationStores, TimeProvider clock)
    {
        const string Suffix = ".atom";
        if (!path.EndsWith(Suffix, StringComparison.Ordinal) || path.Length == Suffix.Length)
        {
            await PlainAsync(http, StatusCodes.Status404NotFound, "Feeds are at /feeds/entity/{id}.atom, e.g. /feeds/entity/official/marcelo-ebrard.atom.");
            return;
        }
        var id = path[..^Suffix.Length];
        var curation = curationStores.LastOrDefault();
        var latest = curation is null ? 0 : await curation.LatestSequenceAsync(http.RequestAborted);
        var entity = await store.GetEntityAsync(id, http.RequestAborted);
        IReadOnlyList<Change> changes = [];
        if (curation is not null)
        {
            try
            {
                // Known-ness (an id only in history counts) as `changes` judges it.
                await curation.ChangesAsync(new ChangesQuery(0, Ids: [id], First: 1), http.RequestAborted);
            }
            catch (UnknownIdsException)
            {
                await PlainAsync(http, StatusCodes.Status404NotFound, $"No entity or relation has ever had the id '{id}'.");
                return;
            }
            if (NotModified(http, latest, id)) return;
            changes = (await curation.HistoryAsync(id, http.RequestAborted)).TakeLast(Entries).Reverse().ToList();
        }
        else if (entity is null && await store.GetRelationAsync(id, http.RequestAborted) is null)
        {
            await PlainAsync(http, StatusCodes.Status404NotFound, $"No entity or relation has the id '{id}'.");
            return;
        }
        var baseUrl = BaseUrl(http);
        var name = entity?.Name ?? id;
        await WriteAsync(http, new AtomFeed.Head($"urn:mineralgraph:entity:{id}", $"MineralGraph: changes to {name}",
            $"{baseUrl}/feeds/entity/{id}.atom", baseUrl + ExplorerPermalink.Address([entity?.Id ?? id], entity?.Id ?? id)), changes, baseUrl, clock);
    }

    /// <summary>Sets the ETag (the latest change number, and which feed); true, with 304 sent, when the reader has it already.</summary>
    static bool NotModified(HttpContext http, long latest, string feed)
    {
        var tag = $"W/\"{latest}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(feed)))[..12]}\"";
        http.Response.Headers.ETag = tag;
        http.Response.Headers.CacheControl = "no-cache";
        if (!http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Select(t => t.Trim()).Contains(tag, StringComparer.Ordinal))) return false;
        http.Response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }

    static async Task WriteAsync(HttpContext http, AtomFeed.Head head, IReadOnlyList<Change> changes, string baseUrl, TimeProvider clock)
    {
        http.Response.ContentType = AtomFeed.ContentType;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await AtomFeed.WriteAsync(http.Response.Body, head, changes, baseUrl, clock.GetUtcNow(), http.RequestAborted);
    }

    static Task PlainAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(message + "\n", http.RequestAborted);
    }

    static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
