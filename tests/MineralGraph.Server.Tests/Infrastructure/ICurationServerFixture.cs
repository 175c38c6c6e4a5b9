using MineralGraph.Domain.Curation;

namespace MineralGraph.Server.Tests.Infrastructure;

/// <summary>A server that accepts curated changes from one configured curator key (and, for the check, one reader key).</summary>
public interface ICurationServerFixture : IServerFixture
{
    /// <summary>The curator "ana"'s key, configured on the server only as its SHA-256.</summary>
    public const string CuratorKey = "test-curator-key-3f9c";
    /// <summary>A configured key whose role is not curator.</summary>
    public const string ReaderKey = "test-reader-key-77a1";

    /// <summary>The settings that configure the two keys, as an operator writes them.</summary>
    public static Dictionary<string, string?> KeySettings() => new()
    {
        ["Curation:Keys:0:Name"] = "ana",
        ["Curation:Keys:0:Sha256"] = CuratorKeys.Hash(CuratorKey),
        ["Curation:Keys:1:Name"] = "rita",
        ["Curation:Keys:1:Role"] = "reader",
        ["Curation:Keys:1:Sha256"] = CuratorKeys.Hash(ReaderKey),
    };
}
