using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Text;
using MineralGraph.Testing;

namespace MineralGraph.Domain.Tests.Seed;

/// <summary>The project's own graph-seed: valid, big enough, and every quote really in its source's held text.</summary>
public sealed class RealSeedTests
{
    static readonly string SeedPath = RepositoryPaths.GraphSeed;
    static readonly Lazy<SeedLoadResult> Result = new(() => SeedLoader.Load(SeedPath));

    [Fact]
    public void GraphSeed_Validates_WithZeroErrors() =>
        Assert.True(Result.Value.IsValid, string.Join("\n", Result.Value.Errors.Take(30)));

    [Fact]
    public void GraphSeed_HasAtLeast60EntitiesAnd150Relations()
    {
        var graph = Result.Value.Readable;
        Assert.True(graph.Entities.Count(e => e.Kind != EntityKind.Source) >= 60, $"{graph.Entities.Count} entities");
        Assert.True(graph.Relations.Count >= 150, $"{graph.Relations.Count} relations");
    }

    [Fact]
    public void GraphSeed_EveryQuoteIsFoundInItsSourcesHeldText()
    {
        var graph = Result.Value.Readable;
        Assert.NotEmpty(graph.Relations);
        var texts = graph.Entities.Where(e => e.Kind == EntityKind.Source)
            .ToDictionary(e => e.Id, e => e.File is { } file ? HeldText.Normalised(SeedPath, file) : null);
        var checkedQuotes = 0;
        foreach (var relation in graph.Relations)
        {
            Assert.NotEmpty(relation.Evidence);
            foreach (var evidence in relation.Evidence)
            {
                var text = texts[evidence.SourceId];
                Assert.True(text is not null, $"{relation.Id}: {evidence.SourceId} holds no text, so \"{evidence.Quote}\" cannot be checked");
                Assert.True(QuoteText.IsFoundIn(evidence.Quote, text), $"{relation.Id}: \"{evidence.Quote}\" not in {evidence.SourceId}");
                checkedQuotes++;
            }
        }
        // No exceptions: the five articles and the passages of every outside source hold every quote.
        Assert.Equal(graph.EvidenceCount, checkedQuotes);
    }

    [Fact]
    public void GraphSeed_EveryOutsideSourceHoldsPassagesOfAStoredCopy()
    {
        var outside = Result.Value.Readable.Entities.Where(e => e.Kind == EntityKind.Source && e.Origin == "external").ToList();
        Assert.NotEmpty(outside);
        Assert.All(outside, s => Assert.StartsWith("passages/", s.File));
    }

    [Fact]
    public void GraphSeed_HoldsTheFiveDocumentsWithTheirMetadata()
    {
        var seedSources = Result.Value.Readable.Entities.Where(e => e.Kind == EntityKind.Source && e.Origin == "seed").ToList();
        Assert.Equal(5, seedSources.Count);
        Assert.All(seedSources, s =>
        {
            Assert.NotNull(s.File);
            Assert.True(File.Exists(Path.Combine(SeedPath, s.File!)), s.File);
            Assert.False(string.IsNullOrWhiteSpace(s.Name), s.Id);
            Assert.False(string.IsNullOrWhiteSpace(s.Description), s.Id);
        });
        Assert.Equal(5, Directory.GetFiles(Path.Combine(SeedPath, "documents"), "*.txt").Length);
    }

    [Fact]
    public void GraphSeed_KeepsBothSidesOfTheCanadaMexicoMineralsDispute()
    {
        var disputed = Result.Value.Readable.Relations.Where(r => r.DisputedBy.Count > 0).ToList();
        Assert.True(disputed.Count >= 2);
        var sources = disputed.SelectMany(r => r.Evidence).Select(e => e.SourceId).Distinct().ToList();
        Assert.True(sources.Count >= 2, "a dispute needs two sources");
        Assert.All(disputed, r => Assert.All(r.DisputedBy, other => Assert.Contains(r.Id, disputed.Single(d => d.Id == other).DisputedBy)));
    }

    [Fact]
    public void GraphSeed_MarksRecommendationsAsProposals()
    {
        var proposals = Result.Value.Readable.Entities.Where(e => e.Status == "proposal").ToList();
        Assert.Contains(proposals, e => e.Name.Contains("passport", StringComparison.OrdinalIgnoreCase));
    }
}
