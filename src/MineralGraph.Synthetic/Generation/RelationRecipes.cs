using MineralGraph.Domain.Model;
using MineralGraph.Synthetic.Naming;

namespace MineralGraph.Synthetic.Generation;

/// <summary>How a kind's dates usually look: how often a start and an end are known, and whether "current" means anything for it.</summary>
internal sealed record DateProfile(double SinceChance, double UntilChance, bool HasState)
{
    public static readonly DateProfile Position = new(0.85, 0.35, true);
    public static readonly DateProfile Membership = new(0.6, 0.08, true);
    public static readonly DateProfile Capacity = new(0.35, 0.1, true);
    public static readonly DateProfile Stake = new(0.6, 0.2, true);
    public static readonly DateProfile Happening = new(0.7, 0.0, false);
    public static readonly DateProfile Structure = new(0.2, 0.03, true);
    public static readonly DateProfile Lineage = new(0.3, 0.0, false);
}

/// <summary>
/// One way to make a random relation of <see cref="Kind"/>: which end kinds (weighted), how strongly each end
/// favours the front of its pool, its dates, and roles in words. With <see cref="SpecificMinerals"/>, a mineral end is
/// almost always an element or material, not a group (see <see cref="EntityPools.SpecificMinerals"/>).
/// </summary>
internal sealed record RelationRecipe(
    RelationKind Kind,
    double Weight,
    (EntityKind From, EntityKind To, double Weight)[] Ends,
    double FromSkew,
    double ToSkew,
    DateProfile Dates,
    string[]? Roles = null,
    double RoleChance = 0,
    bool SpecificMinerals = false);

/// <summary>
/// The mix of random relations added after the real skeleton and the base ties (BASED_IN, IMPOSED_BY, HOLDS_POSITION…).
/// Weights are percentages of the random part. Capacity ties are mostly companies' and projects'; refining is rarer
/// than mining, as in the world. Minerals (skew 2.5) and blocs (skew 3) are the hubs.
/// </summary>
internal static class RelationRecipes
{
    const EntityKind Gov = EntityKind.Government, Off = EntityKind.Official, Agy = EntityKind.Agency, Co = EntityKind.Company,
        Min = EntityKind.Mineral, Prj = EntityKind.Project, Agr = EntityKind.Agreement, Evt = EntityKind.Event, Msr = EntityKind.Measure;

    public static readonly RelationRecipe[] All =
    [
        new(RelationKind.MemberOf, 9, [(Co, Agr, 70), (Agy, Agr, 30)], 1.5, 3.0, DateProfile.Membership, Vocabulary.MembershipRoles, 0.1),
        new(RelationKind.HoldsPosition, 4, [(Off, Gov, 15), (Off, Agy, 35), (Off, Co, 45), (Off, Agr, 5)], 1.2, 1.8, DateProfile.Position, Vocabulary.Positions, 0.9),
        new(RelationKind.Announced, 5, [(Off, Prj, 15), (Off, Msr, 10), (Off, Evt, 10), (Gov, Agr, 5), (Gov, Msr, 10), (Agy, Msr, 10), (Agy, Prj, 10), (Co, Prj, 25), (Co, Evt, 5)], 1.5, 1.5, DateProfile.Happening),
        new(RelationKind.TookPartIn, 8, [(Off, Evt, 50), (Gov, Evt, 10), (Agy, Evt, 15), (Co, Evt, 25)], 1.5, 2.0, DateProfile.Happening),
        new(RelationKind.Covers, 9, [(Agr, Min, 15), (Msr, Min, 20), (Prj, Min, 45), (Evt, Min, 20)], 1.3, 2.5, DateProfile.Structure),
        new(RelationKind.Produces, 8, [(Gov, Min, 5), (Co, Min, 50), (Prj, Min, 45)], 2.0, 2.5, DateProfile.Capacity, Vocabulary.CapacityRoles, 0.1, SpecificMinerals: true),
        new(RelationKind.Processes, 3, [(Gov, Min, 5), (Co, Min, 50), (Prj, Min, 45)], 2.0, 2.5, DateProfile.Capacity, Vocabulary.CapacityRoles, 0.1, SpecificMinerals: true),
        new(RelationKind.Refines, 1, [(Gov, Min, 5), (Co, Min, 50), (Prj, Min, 45)], 2.5, 2.5, DateProfile.Capacity, Vocabulary.CapacityRoles, 0.1, SpecificMinerals: true),
        new(RelationKind.HoldsReserves, 4, [(Gov, Min, 10), (Co, Min, 50), (Prj, Min, 40)], 2.0, 2.5, DateProfile.Capacity, Vocabulary.CapacityRoles, 0.1, SpecificMinerals: true),
        new(RelationKind.Restricts, 1.5, [(Msr, Min, 85), (Gov, Min, 15)], 1.5, 2.0, DateProfile.Structure, SpecificMinerals: true),
        new(RelationKind.ImposedBy, 1, [(Msr, Gov, 60), (Msr, Agy, 40)], 1.2, 2.0, DateProfile.Structure),
        new(RelationKind.Operates, 6, [(Co, Prj, 85), (Gov, Prj, 5), (Agy, Prj, 10)], 2.0, 1.2, DateProfile.Stake),
        new(RelationKind.Owns, 8, [(Co, Co, 45), (Co, Prj, 40), (Gov, Co, 5), (Gov, Prj, 3), (Agy, Co, 4), (Agy, Prj, 3)], 2.5, 1.5, DateProfile.Stake, Vocabulary.OwnershipRoles, 0.5),
        new(RelationKind.Funds, 7, [(Gov, Prj, 10), (Agy, Prj, 20), (Co, Prj, 30), (Co, Co, 20), (Agr, Prj, 10), (Gov, Co, 5), (Agy, Agr, 5)], 2.0, 1.5, DateProfile.Stake, Vocabulary.FundingRoles, 0.3),
        new(RelationKind.ModelledOn, 1, [(Agr, Agr, 30), (Prj, Prj, 30), (Msr, Msr, 30), (Prj, Agr, 10)], 1.3, 2.5, DateProfile.Lineage),
        new(RelationKind.Succeeds, 0.3, [(Agr, Agr, 100)], 1.0, 1.5, DateProfile.Lineage),
        new(RelationKind.PartOf, 3, [(Prj, Agr, 25), (Prj, Prj, 15), (Evt, Agr, 20), (Evt, Evt, 10), (Msr, Agr, 10), (Msr, Msr, 10), (Agr, Agr, 10)], 1.2, 2.5, DateProfile.Structure),
        new(RelationKind.BasedIn, 3, [(Co, Gov, 70), (Prj, Gov, 20), (Agy, Gov, 10)], 1.5, 2.0, DateProfile.Structure),
        new(RelationKind.RespondsTo, 2, [(Agr, Msr, 25), (Prj, Msr, 25), (Msr, Msr, 25), (Evt, Agr, 15), (Msr, Agr, 10)], 1.2, 2.5, DateProfile.Lineage),
        new(RelationKind.StatesPosition, 0.5, [(Off, Agr, 40), (Gov, Msr, 30), (Co, Prj, 30)], 1.5, 2.5, DateProfile.Happening),
        new(RelationKind.Affects, 0.5, [(Msr, Gov, 40), (Msr, Co, 40), (Agr, Gov, 20)], 2.0, 2.0, DateProfile.Structure),
        new(RelationKind.AssociatedWith, 0.3, [(Agr, Agr, 50), (Prj, Agr, 30), (Evt, Agr, 20)], 1.3, 2.5, DateProfile.Structure),
        new(RelationKind.Dominates, 0.2, [(Gov, Min, 60), (Co, Min, 40)], 3.0, 2.5, DateProfile.Capacity, SpecificMinerals: true),
    ];

    /// <summary>The date profile of each kind, for base ties and the real skeleton's missing dates.</summary>
    public static DateProfile DatesOf(RelationKind kind) => All.First(r => r.Kind == kind).Dates;
}
