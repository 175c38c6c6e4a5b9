using System.Text.Json;
using MineralGraph.Cli.Commands;
using MineralGraph.Testing.Seed;

namespace MineralGraph.Cli.Tests;

public sealed class SeedValidateCommandTests
{
    [Fact]
    public void Json_OnInvalidSeed_PrintsOneObjectWithEveryErrorAndExitsNonZero()
    {
        using var folder = new SeedFolder().Write("relations/main.yaml", """
            - id: rel/x
              kind: PART_OF
              from: agency/secretaria-de-economia
              to: government/nowhere
              since: 2025-02-31
              evidence:
                - source: source/outside
                  quote: part of the government
            """);
        var output = new StringWriter();
        var exit = SeedValidateCommand.Run(folder.Path, json: true, output);
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        Assert.Equal(1, root.GetProperty("entities").GetProperty("official").GetInt32());
        var errors = root.GetProperty("errors").EnumerateArray().Select(e =>
            (e.GetProperty("file").GetString(), e.GetProperty("line").GetInt32(), e.GetProperty("field").GetString())).ToList();
        Assert.Equal([("relations/main.yaml", 4, "to"), ("relations/main.yaml", 5, "since")], errors);
        Assert.True(root.GetProperty("errors")[0].GetProperty("message").GetString()!.Length > 10);
    }

    [Fact]
    public void Json_OnValidSeed_CountsByKind()
    {
        using var folder = new SeedFolder();
        var output = new StringWriter();
        Assert.Equal(0, SeedValidateCommand.Run(folder.Path, json: true, output));
        using var json = JsonDocument.Parse(output.ToString());
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(1, json.RootElement.GetProperty("relations").GetProperty("HOLDS_POSITION").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("evidence").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void Text_OnInvalidSeed_PrintsFileLineFieldPerError()
    {
        using var folder = new SeedFolder().Write("entities/more.yaml", """
            - id: official/x
              name: X
              description: x
              country: government/atlantis
            """);
        var output = new StringWriter();
        Assert.Equal(1, SeedValidateCommand.Run(folder.Path, json: false, output));
        Assert.Contains("entities/more.yaml:4: country: 'government/atlantis' is not a government in the seed", output.ToString());
        Assert.Contains("INVALID", output.ToString());
    }
}
