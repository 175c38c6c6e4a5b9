namespace MineralGraph.Synthetic.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void Generate_TooFewEntities_ThrowsNamingTheLimit()
    {
        var error = Assert.Throws<ArgumentException>(() => SyntheticGraph.Generate(new SyntheticGraphOptions { Entities = 10, Relations = 100 }));
        Assert.Contains("entities must be between 1,000", error.Message);
    }

    [Fact]
    public void Generate_FewerRelationsThanTwiceTheEntities_ThrowsNamingTheMinimum()
    {
        var error = Assert.Throws<ArgumentException>(() => SyntheticGraph.Generate(new SyntheticGraphOptions { Entities = 5_000, Relations = 9_999 }));
        Assert.Contains("at least twice the entities (10,000", error.Message);
    }

    [Fact]
    public void Problems_ValidOptions_None()
    {
        Assert.Empty(new SyntheticGraphOptions().Problems());
        Assert.Empty(new SyntheticGraphOptions { Entities = 1_000, Relations = 2_000 }.Problems());
    }

    [Fact]
    public void Generate_SmallestAllowed_HasExactSizes()
    {
        var graph = SyntheticGraph.Generate(new SyntheticGraphOptions { Seed = 3, Entities = 1_000, Relations = 2_000 });
        Assert.Equal(1_000, graph.Entities.Count);
        Assert.Equal(2_000, graph.Relations.Count);
    }

    [Fact]
    public void Problems_TooDense_NamesTheMaximum()
    {
        var problems = new SyntheticGraphOptions { Entities = 1_000, Relations = 300_000 }.Problems();
        Assert.Contains(problems, p => p.Contains("at most 200 times the entities (200,000"));
    }
}
