using Microsoft.Net.Http.Headers;

namespace MineralGraph.Server.Pages;

public static class ExplorerEndpoints
{
    /// <summary>
    /// The page may load and call nothing but this server: its own script and stylesheet, the GraphQL API and the
    /// export links. Links to source documents open in a new tab and are not loaded by the page.
    /// </summary>
    const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Serves the explorer: the page at <c>/</c> (and <c>/explorer</c>), its assets under <c>/explorer/</c>.
    /// The page reads the graph only through the public GraphQL API at <c>/graphql</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder app)
    {
        var assets = new ExplorerAssets();
        app.MapGet("/", http => WriteAsync(http, assets, "index.html")).ExcludeFromDescription();
        app.MapGet("/explorer", http => WriteAsync(http, assets, "index.html")).ExcludeFromDescription();
        app.MapGet("/explorer/explorer.js", http => WriteAsync(http, assets, "explorer.js")).ExcludeFromDescription();
        app.MapGet("/explorer/explorer.css", http => WriteAsync(http, assets, "explorer.css")).ExcludeFromDescription();
        return app;
    }

    static async Task WriteAsync(HttpContext http, ExplorerAssets assets, string name)
    {
        var response = http.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        if (assets.Find(name) is not { } asset)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync("The explorer was not bundled into this build: run `npm ci && npm run build` in src/MineralGraph.Server/explorer, then build again.\n");
            return;
        }
        response.Headers.ETag = asset.ETag;
        // The page is checked every time (it names the current bundle); the bundle is revalidated by ETag.
        response.Headers.CacheControl = name == "index.html" ? "no-cache" : "public, max-age=300";
        if (name == "index.html")
        {
            response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            response.Headers[HeaderNames.XFrameOptions] = "DENY";
            response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        }
        if (http.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Bytes.Length;
        await response.Body.WriteAsync(asset.Bytes, http.RequestAborted);
    }
}
