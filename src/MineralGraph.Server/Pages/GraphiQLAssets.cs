using System.Reflection;

namespace MineralGraph.Server.Pages;

/// <summary>
/// The GraphiQL page, script and stylesheet, bundled from npm at build time and embedded in this assembly
/// (see the BundleGraphiQL target in the project file), so the explorer works offline.
/// </summary>
public sealed class GraphiQLAssets
{
    static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["graphiql.js"] = "text/javascript; charset=utf-8",
        ["graphiql.css"] = "text/css; charset=utf-8",
    };

    readonly Dictionary<string, byte[]> files = new(StringComparer.Ordinal);

    public GraphiQLAssets()
    {
        var assembly = typeof(GraphiQLAssets).Assembly;
        foreach (var name in ContentTypes.Keys)
        {
            using var stream = assembly.GetManifestResourceStream("graphiql/" + name);
            if (stream is null) continue;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name] = copy.ToArray();
        }
    }

    public bool IsBundled => files.Count == ContentTypes.Count;

    public Task WritePageAsync(HttpContext http) => WriteAsync(http, "index.html");

    public async Task WriteAsync(HttpContext http, string name)
    {
        if (!files.TryGetValue(name, out var bytes))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync("GraphiQL was not bundled into this build: run `npm ci && npm run build` in src/MineralGraph.Server/graphiql.\n");
            return;
        }
        http.Response.ContentType = ContentTypes[name];
        http.Response.Headers.CacheControl = name == "index.html" ? "no-cache" : "public, max-age=3600";
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }
}

public static class GraphiQLEndpoints
{
    /// <summary>Serves the bundle's script and stylesheet; the page itself is served by GET /graphql to browsers.</summary>
    public static void MapGraphiQL(this WebApplication app)
    {
        var assets = app.Services.GetRequiredService<GraphiQLAssets>();
        app.MapGet("/graphiql/graphiql.js", http => assets.WriteAsync(http, "graphiql.js"));
        app.MapGet("/graphiql/graphiql.css", http => assets.WriteAsync(http, "graphiql.css"));
    }
}
