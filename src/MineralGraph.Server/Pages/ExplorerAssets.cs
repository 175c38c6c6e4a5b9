using System.Security.Cryptography;

namespace MineralGraph.Server.Pages;

/// <summary>
/// The explorer page, script and stylesheet, bundled from npm at build time (explorer/, see Explorer.targets) and
/// embedded in this assembly, so the page is served the same way from a build, a publish or a test host, offline.
/// </summary>
public sealed class ExplorerAssets
{
    public sealed record Asset(byte[] Bytes, string ContentType, string ETag);

    static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["explorer.js"] = "text/javascript; charset=utf-8",
        ["explorer.css"] = "text/css; charset=utf-8",
    };

    readonly Dictionary<string, Asset> assets = new(StringComparer.Ordinal);

    public ExplorerAssets()
    {
        var assembly = typeof(ExplorerAssets).Assembly;
        foreach (var (name, contentType) in ContentTypes)
        {
            using var stream = assembly.GetManifestResourceStream("explorer/" + name);
            if (stream is null) continue;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            assets[name] = new Asset(bytes, contentType, $"\"{Convert.ToHexString(SHA256.HashData(bytes))[..16]}\"");
        }
    }

    public bool IsBundled => assets.Count == ContentTypes.Count;

    public Asset? Find(string name) => assets.GetValueOrDefault(name);
}
