using MineralGraph.Domain.Model;

namespace MineralGraph.Domain.Store;

/// <summary>A restricted mineral as a store found it: the restriction and, through a measure, who imposed it.</summary>
public sealed record RestrictionFact(Entity Mineral, Entity? Measure, Relation Restriction, Relation? ImposedBy);

/// <summary>A capacity held by (or through a company or project based in) a government, for a restricted mineral.</summary>
public sealed record HoldingFact(string Government, Entity Holder, Entity Mineral, Relation Capacity, Relation? BasedIn, Entity Restricted, Relation? GroupLink);

/// <summary>A holding government's membership of an agreement.</summary>
public sealed record MembershipFact(string Government, Entity Agreement, Relation Membership);
