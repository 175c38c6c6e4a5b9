using Microsoft.Extensions.Primitives;
using MineralGraph.Domain.Curation;

namespace MineralGraph.Server.Hosting;

/// <summary>
/// Who may change the graph: the curator API keys from configuration (<c>Curation:Keys:N:Name</c>,
/// <c>:Sha256</c> — the key's hex SHA-256, from <c>mineralgraph curator hash-key</c> — and optional <c>:Role</c>,
/// default curator), and the key a request carries (<c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key</c>).
/// </summary>
public static class CuratorAccess
{
    public const string ApiKeyHeader = "X-Api-Key";

    public static IServiceCollection AddCuratorKeys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(FromConfiguration(configuration));
        return services;
    }

    /// <summary>The configured keys; a malformed entry stops start-up with a message naming it (never the hash).</summary>
    public static CuratorKeys FromConfiguration(IConfiguration configuration)
    {
        var keys = new List<(string, Curator)>();
        foreach (var entry in configuration.GetSection("Curation:Keys").GetChildren())
        {
            var name = entry["Name"];
            var hash = entry["Sha256"]?.Trim().ToLowerInvariant();
            var role = entry["Role"] ?? Curator.CuratorRole;
            if (string.IsNullOrWhiteSpace(name))
                throw new InvalidOperationException($"Curation:Keys:{entry.Key}:Name is missing: every key needs the name history shows for its changes.");
            if (hash is not { Length: 64 } || !hash.All(Uri.IsHexDigit))
                throw new InvalidOperationException($"Curation:Keys:{entry.Key}:Sha256 (curator '{name}') is not 64 hex digits: store the key's SHA-256 (mineralgraph curator hash-key), never the key.");
            keys.Add((hash, new Curator(name.Trim(), role.Trim())));
        }
        return new CuratorKeys(keys);
    }

    /// <summary>The curator whose key the request carries, or null (no key, or one that is not configured).</summary>
    public static Curator? Authenticate(this CuratorKeys keys, HttpRequest request) => keys.Authenticate(PresentedKey(request));

    static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization;
        if (!StringValues.IsNullOrEmpty(authorization))
        {
            var value = authorization.ToString();
            return value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..].Trim() : null;
        }
        return request.Headers.TryGetValue(ApiKeyHeader, out var key) ? key.ToString().Trim() : null;
    }
}
