using MineralGraph.Domain.Curation;

namespace MineralGraph.Domain.Tests.Curation;

public sealed class CuratorKeysTests
{
    [Fact]
    public void Authenticate_MatchesOnlyTheKeyWhoseHashIsConfigured()
    {
        var keys = new CuratorKeys([(CuratorKeys.Hash("s3cret-key"), new Curator("ana", Curator.CuratorRole)), (CuratorKeys.Hash("reader-key"), new Curator("rex", "reader"))]);
        Assert.Equal("ana", keys.Authenticate("s3cret-key")!.Name);
        Assert.True(keys.Authenticate("s3cret-key")!.MayCurate);
        Assert.False(keys.Authenticate("reader-key")!.MayCurate);
        Assert.Null(keys.Authenticate("s3cret-kez"));
        Assert.Null(keys.Authenticate(""));
        Assert.Null(keys.Authenticate(null));
    }

    [Fact]
    public void Hash_IsLowerHexSha256() =>
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", CuratorKeys.Hash("hello"));
}
