using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using static MineralGraph.Domain.Tests.Store.PlainGraph;

namespace MineralGraph.Domain.Tests.Store;

/// <summary>
/// How every store turns the capacity facts it fetched into the allies' answer, on hand-made facts: which
/// agreements count, which membership stands for a member, and the order of everything.
/// </summary>
public sealed class CapacityAssemblyTests
{
    static readonly Entity Gallium = E("mineral/gallium", "Gallium");
    static readonly Entity Germanium = E("mineral/germanium", "Germanium");
    static readonly Entity Canada = E("government/canada", "Canada");
    static readonly Entity Australia = E("government/australia", "Australia");
    static readonly Entity Japan = E("government/japan", "Japan");
    static readonly Entity Msp = E("agreement/msp", "Minerals Security Partnership");
    static readonly Entity Quad = E("agreement/quad", "Quad");
    static readonly Entity Export = E("measure/export-control", "Export control");

    static readonly RestrictionFact[] Restrictions =
    [
        new(Germanium, Export, R("rel/x-germanium", RelationKind.Restricts, Export.Id, Germanium.Id), R("rel/x-imposed", RelationKind.ImposedBy, Export.Id, "government/china")),
        new(Gallium, null, R("rel/china-gallium", RelationKind.Restricts, "government/china", Gallium.Id), null),
        new(E("mineral/antimony", "Antimony"), null, R("rel/china-antimony", RelationKind.Restricts, "government/china", "mineral/antimony"), null),
    ];

    static HoldingFact Holding(Entity government, Entity mineral, string capacity) =>
        new(government.Id, government, mineral, R(capacity, RelationKind.Refines, government.Id, mineral.Id), null, mineral, null);

    static readonly HoldingFact[] Holdings =
    [
        Holding(Canada, Gallium, "rel/canada-gallium-2"),
        Holding(Canada, Gallium, "rel/canada-gallium-1"),
        Holding(Australia, Germanium, "rel/australia-germanium"),
        Holding(Japan, Gallium, "rel/japan-gallium"),
    ];

    static readonly MembershipFact[] Memberships =
    [
        new(Canada.Id, Msp, R("rel/m-canada-msp-b", RelationKind.MemberOf, Canada.Id, Msp.Id)),
        new(Canada.Id, Msp, R("rel/m-canada-msp-a", RelationKind.MemberOf, Canada.Id, Msp.Id)),
        new(Australia.Id, Msp, R("rel/m-australia-msp", RelationKind.MemberOf, Australia.Id, Msp.Id)),
        new(Japan.Id, Quad, R("rel/m-japan-quad", RelationKind.MemberOf, Japan.Id, Quad.Id)),
        new(Canada.Id, Quad, R("rel/m-canada-quad", RelationKind.MemberOf, Canada.Id, Quad.Id)),
        new("government/nowhere", Quad, R("rel/m-nowhere-quad", RelationKind.MemberOf, "government/nowhere", Quad.Id)),
    ];

    static readonly Dictionary<string, Entity> Governments = new[] { Canada, Australia, Japan }.ToDictionary(g => g.Id);

    static List<CapacityShare> Run(IReadOnlyList<MembershipFact> memberships) =>
        CapacityAssembly.Run(Restrictions, Holdings, memberships, Governments);

    [Fact]
    public void Alliances_WithTwoOrMoreHoldingMembers_ByName()
    {
        var shares = Run(Memberships);

        Assert.Equal(["Minerals Security Partnership", "Quad"], shares.Select(s => s.Alliance.Name));
        Assert.Equal(["Australia", "Canada"], shares[0].Members.Select(m => m.Government.Name));
        Assert.Equal(["Canada", "Japan"], shares[1].Members.Select(m => m.Government.Name)); // a non-holding member is left out
    }

    [Fact]
    public void Alliance_WithOneHoldingMember_IsLeftOut()
    {
        var shares = Run(Memberships.Where(m => m.Agreement != Quad || m.Government == Japan.Id).ToList());

        Assert.Equal([Msp.Id], shares.Select(s => s.Alliance.Id));
    }

    [Fact]
    public void Member_IsRepresentedByItsMembershipWithTheSmallestId_HoldingsByMineralThenCapacity()
    {
        var canada = Run(Memberships)[0].Members.Single(m => m.Government == Canada);

        Assert.Equal("rel/m-canada-msp-a", canada.Membership.Id);
        Assert.Equal(["rel/canada-gallium-1", "rel/canada-gallium-2"], canada.Holdings.Select(h => h.Capacity.Id));
    }

    [Fact]
    public void Minerals_AreTheRestrictionsTheMembersHold_ByName()
    {
        var shares = Run(Memberships);

        Assert.Equal(["Gallium", "Germanium"], shares[0].Minerals.Select(m => m.Mineral.Name));
        Assert.Equal(Export, shares[0].Minerals[1].Measure);
        Assert.Equal("rel/x-imposed", shares[0].Minerals[1].ImposedBy?.Id);
        Assert.Equal(["Gallium"], shares[1].Minerals.Select(m => m.Mineral.Name)); // antimony: nobody holds it
    }
}
