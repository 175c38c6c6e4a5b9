using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    /// <summary>The day strengths are judged on in these tests, so dated ties are VALID whenever they run.</summary>
    static readonly DateOnly Today = new(2026, 1, 15);

    static string[][] RelationIds(IEnumerable<GraphPath> paths) => paths.Select(p => Ids(p.Relations)).ToArray();

    Task<IReadOnlyList<GraphPath>> Paths(string from, string to, int maxHops = QueryDefaults.PathHops, IReadOnlyCollection<RelationKind>? kinds = null,
        DateOnly? asOf = null, int first = QueryDefaults.Paths, PathThrough through = PathThrough.Actors) =>
        Store.FindPathsAsync(new PathQuery { From = from, To = to, MaxHops = maxHops, Kinds = kinds, AsOf = asOf, First = first, Through = through, Today = Today });

    [Fact]
    public async Task FindPaths_ThreeHops_FollowsRelationsAgainstTheirDirection()
    {
        var path = Assert.Single(await Paths("official/claudia-sheinbaum", "official/marcelo-ebrard"));

        Assert.Equal(["official/claudia-sheinbaum", "government/mexico", "agency/mexico-secretaria-de-economia", "official/marcelo-ebrard"], Ids(path.Nodes));
        Assert.Equal(["rel/sheinbaum-president-of-mexico", "rel/secretaria-part-of-mexico", "rel/ebrard-secretary-of-economy"], Ids(path.Relations));
        Assert.Equal(3, path.Hops);
    }

    [Fact]
    public async Task FindPaths_Strength_IsTheWeakestStepWithItsReasons()
    {
        var strength = Assert.Single(await Paths("official/claudia-sheinbaum", "official/marcelo-ebrard")).Strength!;

        // One source each (−30); the agency's PART_OF has no dates, so it cannot tell whether it held on the day (−10).
        Assert.Equal([70, 60, 70], strength.Steps.Select(s => s.Score));
        Assert.Equal(60, strength.Score);
        Assert.Equal(1, strength.WeakestStep);
        Assert.Equal(PathThrough.Actors, strength.Through);
        Assert.Empty(strength.Hubs);
        var weakest = strength.Steps[1];
        Assert.Equal((1, 1, 1, false, Domain.Time.Validity.Unknown, TieClass.Actor), (weakest.IndependentSources, weakest.Quotes, weakest.CheckedQuotes, weakest.Disputed, weakest.Validity, weakest.Tie));
        Assert.Contains("1 independent source (−30)", weakest.Reasons);
        Assert.Contains("its dates cannot tell whether it held on 2026-01-15 (−10)", weakest.Reasons);
        Assert.Contains("step 2 (Secretaría de Economía PART_OF Mexico)", strength.Explanation);
    }

    [Fact]
    public async Task FindPaths_ActorChainExists_TopicalChainsLeftOut()
    {
        // Mexico and Canada both produce graphite (two hops, as short), but only the USMCA joins them as actors.
        var paths = await Paths("government/mexico", "government/canada");

        Assert.Equal([["rel/mexico-member-of-usmca", "rel/canada-member-of-usmca"]], RelationIds(paths));
        Assert.Equal(PathThrough.Actors, paths[0].Strength!.Through);
    }

    [Fact]
    public async Task FindPaths_ThroughAny_TopicalChainsToo_RankedAfterStrongerActorChains()
    {
        var paths = await Paths("government/mexico", "government/canada", through: PathThrough.Any);

        Assert.Equal([
            ["rel/mexico-member-of-usmca", "rel/canada-member-of-usmca"],
            ["rel/mexico-produces-graphite", "rel/canada-produces-graphite"],
        ], RelationIds(paths));
        Assert.Equal([(70, PathThrough.Actors), (40, PathThrough.Any)], paths.Select(p => (p.Strength!.Score, p.Strength.Through)));
        Assert.Equal([TieClass.Topical, TieClass.Topical], paths[1].Strength!.Steps.Select(s => s.Tie));
    }

    [Fact]
    public async Task FindPaths_NoActorChainWithinMaxHops_FallsBackToTopicalChains()
    {
        // Before the USMCA (2020) Mexico and Canada share no actor within four hops; graphite still joins them.
        var paths = await Paths("government/mexico", "government/canada", asOf: new(2010, 1, 1));

        Assert.Equal([["rel/mexico-produces-graphite", "rel/canada-produces-graphite"]], RelationIds(paths));
        Assert.Equal(PathThrough.Any, paths[0].Strength!.Through);
    }

    [Fact]
    public async Task FindPaths_SeveralActorChains_DistinctStrongestFirstThenByRelationIds()
    {
        var paths = await Paths("official/claudia-sheinbaum", "agreement/minerals-security-partnership");

        Assert.Equal([
            ["rel/sheinbaum-president-of-mexico", "rel/mexico-member-of-usmca", "rel/canada-member-of-usmca", "rel/canada-member-of-msp"],
            ["rel/sheinbaum-president-of-mexico", "rel/mexico-member-of-usmca", "rel/us-member-of-usmca", "rel/us-member-of-msp"],
        ], RelationIds(paths));
        Assert.All(paths, p => Assert.Equal(70, p.Strength!.Score));
    }

    [Fact]
    public async Task FindPaths_ParallelTies_AreOneChain_TheStrongestKept()
    {
        // Two disputed HOLDS_RESERVES claims join Mexico to lithium: one chain of actors (Mexico), shown once.
        var all = await Paths("government/mexico", "mineral/lithium");

        var path = Assert.Single(all);
        Assert.Equal(["rel/mexico-lithium-reserves-large"], Ids(path.Relations));
        Assert.Equal(PathThrough.Any, path.Strength!.Through);
        Assert.True(path.Strength.Steps[0].Disputed);
    }

    [Fact]
    public async Task FindPaths_OnlyThroughAHub_UsesItAndNamesIt()
    {
        // Rare earth elements is a catch-all group: MP Materials reaches Japan through it only when nothing else is walked.
        var viaGroup = Assert.Single(await Paths("company/mp-materials", "government/japan", kinds: [RelationKind.Refines, RelationKind.PartOf]));
        var anyTie = await Paths("company/mp-materials", "government/japan", through: PathThrough.Any);

        Assert.Equal(["rel/mp-materials-refines-ree", "rel/dysprosium-part-of-ree", "rel/japan-refines-dysprosium"], Ids(viaGroup.Relations));
        Assert.Equal(["mineral/rare-earth-elements"], viaGroup.Strength!.Hubs);
        Assert.Contains("passes through Rare earth elements", viaGroup.Strength.Explanation);
        // With every tie walkable, Japan's funding of MP Materials joins them directly: no hub is needed.
        Assert.Equal([["rel/japan-funds-mp-materials"]], RelationIds(anyTie));
        Assert.Empty(anyTie[0].Strength!.Hubs);
    }

    [Fact]
    public async Task FindPaths_KindsFilter_AppliesToEverySearch()
    {
        var members = await Paths("government/mexico", "government/canada", kinds: [RelationKind.MemberOf]);

        Assert.Equal([["rel/mexico-member-of-usmca", "rel/canada-member-of-usmca"]], RelationIds(members));
    }

    [Fact]
    public async Task FindPaths_BeyondMaxHops_IsEmpty()
    {
        Assert.Empty(await Paths("government/mexico", "government/canada", maxHops: 1, through: PathThrough.Any));
        Assert.Empty(await Paths("official/claudia-sheinbaum", "official/marcelo-ebrard", maxHops: 2, through: PathThrough.Any));
    }

    [Fact]
    public async Task FindPaths_SameEnds_OnePathWithoutRelations()
    {
        var path = Assert.Single(await Paths("government/mexico", "government/mexico"));

        Assert.Equal(["government/mexico"], Ids(path.Nodes));
        Assert.Empty(path.Relations);
        Assert.Equal(0, path.Hops);
        Assert.Equal((100, (int?)null), (path.Strength!.Score, path.Strength.WeakestStep));
    }

    [Fact]
    public async Task FindPaths_UnknownEnd_IsEmpty()
    {
        Assert.Empty(await Paths("government/mexico", "government/atlantis"));
        Assert.Empty(await Paths("government/atlantis", "government/atlantis"));
    }

    [Fact]
    public async Task FindPaths_NoConnectionUnderFilter_IsEmpty()
    {
        // Restrictions alone never join Mexico to anything.
        Assert.Empty(await Paths("government/mexico", "government/china", kinds: [RelationKind.Restricts], through: PathThrough.Any));
    }

    [Fact]
    public async Task FindPaths_NegativeMaxHops_Throws()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Paths("government/mexico", "government/canada", maxHops: -1));
    }
}
