namespace MineralGraph.Synthetic.Tests;

public sealed class DeterminismTests
{
    static readonly SyntheticGraphOptions Options = new() { Seed = 7, Entities = 1_500, Relations = 12_000 };

    [Fact]
    public void Generate_SameSeedTwice_GivesIdenticalGraphs()
    {
        var first = SyntheticGraph.Generate(Options);
        var second = SyntheticGraph.Generate(Options);

        Assert.Equal(first.Entities.Count, second.Entities.Count);
        Assert.Equal(first.Relations.Count, second.Relations.Count);
        Assert.Equal(GraphText.Of(first), GraphText.Of(second));
        // Evidence sources are filled in and agree with the ids in both.
        Assert.All(second.Relations.SelectMany(r => r.Evidence), e => Assert.Equal(e.SourceId, e.Source?.Id));
    }

    [Fact]
    public void Generate_DifferentSeeds_GiveDifferentGraphs()
    {
        var first = SyntheticGraph.Generate(Options);
        var second = SyntheticGraph.Generate(Options with { Seed = 8 });

        Assert.Equal(first.Relations.Count, second.Relations.Count);
        var firstNames = first.Entities.Select(e => e.Name).ToHashSet();
        Assert.True(second.Entities.Count(e => !firstNames.Contains(e.Name)) > second.Entities.Count / 2,
            "most generated names should differ between seeds");
        var firstTies = first.Relations.Select(r => (r.Kind, r.From, r.To)).ToHashSet();
        Assert.True(second.Relations.Count(r => !firstTies.Contains((r.Kind, r.From, r.To))) > second.Relations.Count / 2,
            "most ties should differ between seeds");
    }

    [Fact]
    public void Generate_SameSeedOtherSize_StillRepeatable()
    {
        var options = Options with { Entities = 3_000, Relations = 6_000 };
        Assert.Equal(GraphText.Of(SyntheticGraph.Generate(options)), GraphText.Of(SyntheticGraph.Generate(options)));
    }
}
