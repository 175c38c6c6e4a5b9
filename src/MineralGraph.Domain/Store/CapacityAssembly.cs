using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;

namespace MineralGraph.Store.Neo4j.Capacity;

/// <summary>
/// Turns the facts <see cref="Cypher.AlliesSharingCapacityCypher"/> returns into answers, with the embedded store's
/// rules and order: alliances are agreements with two or more holding member governments; a member's membership
/// is its MEMBER_OF with the smallest id; minerals are the restrictions of the minerals the members' holdings name.
/// Names compare folded, ordinal, ties by id; relations by id; a missing relation sorts first.
/// </summary>
internal static class CapacityAssembly
{
    public static List<CapacityShare> Run(
        IReadOnlyList<RestrictionFact> restrictions, IReadOnlyList<HoldingFact> holdings,
        IReadOnlyList<MembershipFact> memberships, IReadOnlyDictionary<string, Entity> governments)
    {
        var holdingsByGovernment = holdings.GroupBy(h => h.Government, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var alliances = new Dictionary<string, (Entity Agreement, Dictionary<string, Relation> Members)>(StringComparer.Ordinal);
        foreach (var m in memberships)
        {
            if (!holdingsByGovernment.ContainsKey(m.Government)) continue;
            if (!alliances.TryGetValue(m.Agreement.Id, out var alliance)) alliances[m.Agreement.Id] = alliance = (m.Agreement, new Dictionary<string, Relation>(StringComparer.Ordinal));
            if (!alliance.Members.TryGetValue(m.Government, out var kept) || string.CompareOrdinal(m.Membership.Id, kept.Id) < 0)
                alliance.Members[m.Government] = m.Membership;
        }

        var shares = new List<CapacityShare>();
        foreach (var (agreement, members) in alliances.Values.Where(a => a.Members.Count >= 2).Select(a => (a.Agreement, a.Members)).OrderBy(a => a.Agreement, ByName))
        {
            var memberList = members
                .Select(p => governments[p.Key])
                .Order(ByName)
                .Select(g => new CapacityMember(
                    g,
                    members[g.Id],
                    holdingsByGovernment[g.Id].Order(HoldingOrder).Select(h => new CapacityHolding(
                        h.Holder, h.Mineral, h.Capacity, h.BasedIn, h.Restricted, h.GroupLink)).ToList()))
                .ToList();
            var involved = members.Keys.SelectMany(g => holdingsByGovernment[g]).Select(h => h.Restricted.Id).ToHashSet(StringComparer.Ordinal);
            var minerals = restrictions.Where(r => involved.Contains(r.Mineral.Id))
                .Order(RestrictionOrder)
                .Select(r => new RestrictedMineral(r.Mineral, r.Measure, r.Restriction, r.ImposedBy))
                .ToList();
            shares.Add(new CapacityShare(agreement, memberList, minerals));
        }
        return shares;
    }

    static readonly Comparer<Entity> ByName = Comparer<Entity>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(SearchText.Fold(a.Name), SearchText.Fold(b.Name));
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    });

    /// <summary>Relations by id; a missing one first.</summary>
    static int ById(Relation? a, Relation? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        _ => string.CompareOrdinal(a.Id, b.Id),
    };

    static readonly Comparer<HoldingFact> HoldingOrder = Comparer<HoldingFact>.Create((a, b) =>
    {
        var c = ByName.Compare(a.Mineral, b.Mineral);
        if (c == 0) c = ById(a.Capacity, b.Capacity);
        if (c == 0) c = ByName.Compare(a.Restricted, b.Restricted);
        if (c == 0) c = ById(a.BasedIn, b.BasedIn);
        if (c == 0) c = ById(a.GroupLink, b.GroupLink);
        return c;
    });

    static readonly Comparer<RestrictionFact> RestrictionOrder = Comparer<RestrictionFact>.Create((a, b) =>
    {
        var c = ByName.Compare(a.Mineral, b.Mineral);
        if (c == 0) c = ById(a.Restriction, b.Restriction);
        if (c == 0) c = ById(a.ImposedBy, b.ImposedBy);
        return c;
    });
}
