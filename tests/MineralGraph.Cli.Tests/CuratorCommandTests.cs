using MineralGraph.Cli.Commands;
using MineralGraph.Domain.Curation;

namespace MineralGraph.Cli.Tests;

public sealed class CuratorCommandTests
{
    [Fact]
    public void NewKey_PrintsAKeyWhoseHashIsTheSettingAndThatAuthenticates()
    {
        var output = new StringWriter();
        Assert.Equal(0, CuratorCommand.NewKey("ana", 2, output));
        var lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries);
        var key = lines[0][(lines[0].LastIndexOf(' ') + 1)..];
        Assert.StartsWith("mgk_", key);
        Assert.Contains("Curation__Keys__2__Name=ana", lines);
        var hash = lines.Single(l => l.StartsWith("Curation__Keys__2__Sha256=", StringComparison.Ordinal)).Split('=')[1];
        Assert.Equal(CuratorKeys.Hash(key), hash);
        Assert.DoesNotContain(key, hash);

        var keys = new CuratorKeys([(hash, new Curator("ana", Curator.CuratorRole))]);
        Assert.Equal("ana", keys.Authenticate(key)?.Name);
        Assert.Null(keys.Authenticate(key + "x"));
    }

    [Fact]
    public void NewKey_TwoKeysDiffer()
    {
        var a = new StringWriter();
        var b = new StringWriter();
        CuratorCommand.NewKey("ana", 0, a);
        CuratorCommand.NewKey("ana", 0, b);
        Assert.NotEqual(a.ToString(), b.ToString());
    }
}
