using Microsoft.Extensions.Configuration;
using MineralGraph.Domain.Curation;
using MineralGraph.Server.Hosting;

namespace MineralGraph.Server.Tests.Curation;

public sealed class CuratorKeyConfigurationTests
{
    static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void Keys_AreReadAsHashes_RoleDefaultsToCurator()
    {
        var keys = CuratorAccess.FromConfiguration(Config(
            ("Curation:Keys:0:Name", "ana"), ("Curation:Keys:0:Sha256", CuratorKeys.Hash("k1").ToUpperInvariant()),
            ("Curation:Keys:1:Name", "rita"), ("Curation:Keys:1:Sha256", CuratorKeys.Hash("k2")), ("Curation:Keys:1:Role", "reader")));
        Assert.Equal(2, keys.Count);
        Assert.Equal(new Curator("ana", "curator"), keys.Authenticate("k1"));
        Assert.False(keys.Authenticate("k2")!.MayCurate);
        Assert.Null(keys.Authenticate(CuratorKeys.Hash("k1")));
    }

    [Fact]
    public void AKeyStoredInPlainText_StopsStartUp_NamingTheEntryNotTheValue()
    {
        var e = Assert.Throws<InvalidOperationException>(() => CuratorAccess.FromConfiguration(Config(
            ("Curation:Keys:0:Name", "ana"), ("Curation:Keys:0:Sha256", "my-secret-key"))));
        Assert.Contains("Curation:Keys:0:Sha256", e.Message);
        Assert.DoesNotContain("my-secret-key", e.Message);
    }

    [Fact]
    public void AKeyWithoutName_StopsStartUp()
    {
        var e = Assert.Throws<InvalidOperationException>(() => CuratorAccess.FromConfiguration(Config(("Curation:Keys:0:Sha256", CuratorKeys.Hash("k")))));
        Assert.Contains("Curation:Keys:0:Name", e.Message);
    }
}
