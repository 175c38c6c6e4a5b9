using MineralGraph.Domain.Model;
using MineralGraph.Domain.Text;

namespace MineralGraph.Domain.Store;

/// <summary>
/// Turns the capacity facts a store fetched into answers to <see cref="IGraphStore.FindAlliesSharingCapacityAsync"/>,
/// the same in every store: alliances are agreements with two or more holding member governments; a member's
/// membership is its MEMBER_OF with the smallest id; minerals are the restrictions of the minerals the members'
/// holdings name. Order (names folded, ordinal, ties by id; relations by id, a missing one first): alliances by name;
/// members by name; holdings by capacity mineral, capacity relation, restricted mineral, BasedIn, GroupLink; minerals
/// by mineral, restriction, ImposedBy.
/// <para>Which facts there are (as-of filter, no retracted relations, RestrictedBy never a holder) is the store's
/// fetch; see src/MineralGraph.Store.Embedded/README.md.</para>
/// </summary>
public static class CapacityAssembly
{
    /// <param name="governments">The holding governments by id.</param>
    public static List<CapacityShare> Run(
        IReadOnlyList<RestrictionFact> restrictions, IReadOnlyList<HoldingFact> holdings,
        IReadOnlyList<MembershipFact> memberships, IReadOnlyDictionary<string, Entity> governments)
    {
        var order = new Orders();
        var holdingsByGovernment = holdings.GroupBy(h => h.Government, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var alliances = new Dictionary<string, (Entity Agreement, Dictionary<string, Relation> Members)>(StringComparer.Ordinal);
        foreach (var m in memberships)
        {
            if (!holdingsByGovernment.ContainsKey(m.Government)) continue;
            if (!alliances.TryGetValue(m.Agreement.Id, out var alliance)) alliances[m.Agreement.Id] = alliance = (m.Agreement, new Dictionary<string, Relation>(StringComparer.Ordinal));
            if (!alliance.Members.TryGetValue(m.Government, out var kept) || string.CompareOrdinal(m.Membership.Id, kept.Id) < 0)
                alliance.Members[m.Government] = m.Membership;
        }

        // A government in several alliances shows the same holdings in each: order them once.
        var orderedHoldings = new Dictionary<string, List<CapacityHolding>>(StringComparer.Ordinal);
        List<CapacityHolding> HoldingsOf(string government)
        {
            if (!orderedHoldings.TryGetValue(government, out var list))
                orderedHoldings[government] = list = holdingsByGovernment[government].OrderBy(order.Holding, Key.Order)
                    .Select(h => new CapacityHolding(h.Holder, h.Mineral, h.Capacity, h.BasedIn, h.Restricted, h.GroupLink)).ToList();
            return list;
        }

        var shares = new List<CapacityShare>();
        foreach (var (agreement, members) in alliances.Values.Where(a => a.Members.Count >= 2).OrderBy(a => order.ByName(a.Agreement), Key.Order))
        {
            var memberList = members
                .Select(p => governments[p.Key])
                .OrderBy(order.ByName, Key.Order)
                .Select(g => new CapacityMember(g, members[g.Id], HoldingsOf(g.Id)))
                .ToList();
            var involved = members.Keys.SelectMany(g => holdingsByGovernment[g]).Select(h => h.Restricted.Id).ToHashSet(StringComparer.Ordinal);
            var minerals = restrictions.Where(r => involved.Contains(r.Mineral.Id))
                .OrderBy(order.Restriction, Key.Order)
                .Select(r => new RestrictedMineral(r.Mineral, r.Measure, r.Restriction, r.ImposedBy))
                .ToList();
            shares.Add(new CapacityShare(agreement, memberList, minerals));
        }
        return shares;
    }

    /// <summary>
    /// The sort keys of one answer, each computed once per item (OrderBy keeps them): folded names, ordinal, ties by
    /// id; relations by id, a missing one (null) first. A large answer sorts hundreds of thousands of holdings.
    /// </summary>
    sealed class Orders
    {
        readonly Dictionary<string, string> folded = new(StringComparer.Ordinal);

        public string?[] ByName(Entity e) => [Folded(e), e.Id];

        public string?[] Holding(HoldingFact h) =>
            [Folded(h.Mineral), h.Mineral.Id, h.Capacity.Id, Folded(h.Restricted), h.Restricted.Id, h.BasedIn?.Id, h.GroupLink?.Id];

        public string?[] Restriction(RestrictionFact r) => [Folded(r.Mineral), r.Mineral.Id, r.Restriction.Id, r.ImposedBy?.Id];

        string Folded(Entity e)
        {
            if (!folded.TryGetValue(e.Id, out var name)) folded[e.Id] = name = SearchText.Fold(e.Name);
            return name;
        }
    }

    /// <summary>Keys compared part by part, ordinal; null before any text.</summary>
    sealed class Key : IComparer<string?[]>
    {
        public static readonly Key Order = new();

        public int Compare(string?[]? a, string?[]? b)
        {
            for (var i = 0; i < a!.Length; i++)
            {
                var c = string.CompareOrdinal(a[i], b![i]);
                if (c != 0) return c;
            }
            return 0;
        }
    }
}
