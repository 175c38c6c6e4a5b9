using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;

namespace MineralGraph.Synthetic.Tests;

/// <summary>Everything the seed validator would check, asserted on the generated graph directly.</summary>
public sealed class ValidityTests
{
    static SeedGraph Graph => SmallGraph.Graph;
    static IReadOnlyDictionary<string, Entity> Entities => SmallGraph.EntitiesById;

    [Fact]
    public void Generate_Sizes_AreExactlyAsAsked()
    {
        Assert.Equal(SmallGraph.Options.Entities, Graph.Entities.Count);
        Assert.Equal(SmallGraph.Options.Relations, Graph.Relations.Count);
    }

    [Fact]
    public void Ids_AreWellFormedAndUnique()
    {
        Assert.All(Graph.Entities, e =>
        {
            Assert.True(Ids.IsWellFormed(e.Id), e.Id);
            Assert.Equal(e.Kind, EntityKinds.OfId(e.Id));
        });
        Assert.All(Graph.Relations, r => Assert.True(r.Id.StartsWith(Ids.RelationPrefix, StringComparison.Ordinal) && Ids.IsWellFormed(r.Id), r.Id));
        var all = Graph.Entities.Select(e => e.Id).Concat(Graph.Relations.Select(r => r.Id)).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void GeneratedIds_FollowTheNumberedPattern()
    {
        Assert.Contains(Graph.Entities, e => e.Id == "company/c-000001");
        Assert.Contains(Graph.Relations, r => r.Id == "rel/r-0000001");
        Assert.All(Graph.Relations.Where(r => r.Id.StartsWith("rel/r-", StringComparison.Ordinal)), r => Assert.Matches("^rel/r-[0-9]{7}$", r.Id));
    }

    [Fact]
    public void Relations_EndsExistAndKindsAllowThem()
    {
        Assert.All(Graph.Relations, r =>
        {
            Assert.True(Entities.TryGetValue(r.From, out var from), $"{r.Id}: from {r.From} missing");
            Assert.True(Entities.TryGetValue(r.To, out var to), $"{r.Id}: to {r.To} missing");
            Assert.True(r.Kind.Allows(from!.Kind, to!.Kind), $"{r.Id}: {r.Kind.Name()} {from.Kind} → {to.Kind}");
            Assert.NotEqual(r.From, r.To);
        });
    }

    [Fact]
    public void Relations_CarryEvidenceCitingKnownSources()
    {
        Assert.All(Graph.Relations, r =>
        {
            Assert.InRange(r.Evidence.Count, 1, 2);
            Assert.All(r.Evidence, e =>
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Quote));
                Assert.True(Entities.TryGetValue(e.SourceId, out var source) && source.Kind == EntityKind.Source, e.SourceId);
                Assert.Same(source, e.Source);
            });
        });
    }

    [Fact]
    public void Relations_UntilIsNeverBeforeSince()
    {
        Assert.All(Graph.Relations.Where(r => r.Since is not null && r.Until is not null),
            r => Assert.True(r.Until!.Value.Latest >= r.Since!.Value.Earliest, $"{r.Id}: {r.Since} → {r.Until}"));
    }

    [Fact]
    public void Disputes_AreSymmetricAndNameExistingRelations()
    {
        var byId = Graph.Relations.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var disputed = Graph.Relations.Where(r => r.DisputedBy.Count > 0).ToList();
        Assert.NotEmpty(disputed);
        Assert.All(disputed, r => Assert.All(r.DisputedBy, other =>
        {
            Assert.NotEqual(r.Id, other);
            Assert.Contains(r.Id, byId[other].DisputedBy);
        }));
    }

    [Fact]
    public void Entities_UseOnlyTheFieldsAndValuesTheirKindAllows()
    {
        Assert.All(Graph.Entities, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Name));
            if (e.Kind != EntityKind.Source) Assert.False(string.IsNullOrWhiteSpace(e.Description), e.Id);
            if (e.Type is not null) Assert.Contains(e.Type, EntityFields.Types[e.Kind]);
            if (e.Status is not null) Assert.Contains(e.Status, EntityFields.Statuses);
            if (e.Country is not null) Assert.Equal(EntityKind.Government, Entities[e.Country].Kind);
            if (e.Kind == EntityKind.Source) Assert.Contains(e.Origin, EntityFields.Origins);
        });
    }
}
