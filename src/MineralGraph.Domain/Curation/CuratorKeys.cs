using System.Security.Cryptography;
using System.Text;

namespace MineralGraph.Domain.Curation;

/// <summary>
/// The API keys that may change the graph, held only as SHA-256 hashes (from configuration) and compared in
/// constant time, so neither a configuration leak nor response timing gives a key away.
/// </summary>
public sealed class CuratorKeys
{
    readonly IReadOnlyList<(byte[] Hash, Curator Curator)> keys;

    public CuratorKeys(IEnumerable<(string Sha256Hex, Curator Curator)> hashedKeys) =>
        keys = hashedKeys.Select(k => (Convert.FromHexString(k.Sha256Hex), k.Curator)).ToList();

    public int Count => keys.Count;

    /// <summary>The hex SHA-256 of a key, as configuration stores it (<c>mineralgraph curator hash-key</c>).</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The curator whose key this is, or null. Every configured hash is compared, match or not.</summary>
    public Curator? Authenticate(string? presentedKey)
    {
        if (string.IsNullOrEmpty(presentedKey)) return null;
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey));
        Curator? found = null;
        foreach (var (hash, curator) in keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, presented)) found ??= curator;
        }
        return found;
    }
}
