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

        var shares = new List<CapacityShare>();
        foreach (var (agreement, members) in alliances.Values.Where(a => a.Members.Count >= 2).OrderBy(a => a.Agreement, order.ByName))
        {
            var memberList = members
                .Select(p => governments[p.Key])
                .Order(order.ByName)
                .Select(g => new CapacityMember(
                    g,
                    members[g.Id],
                    holdingsByGovernment[g.Id].Order(order.Holdings).Select(h => new CapacityHolding(
                        h.Holder, h.Mineral, h.Capacity, h.BasedIn, h.Restricted, h.GroupLink)).ToList()))
                .ToList();
            var involved = members.Keys.SelectMany(g => holdingsByGovernment[g]).Select(h => h.Restricted.Id).ToHashSet(StringComparer.Ordinal);
            var minerals = restrictions.Where(r => involved.Contains(r.Mineral.Id))
                .Order(order.Restrictions)
                .Select(r => new RestrictedMineral(r.Mineral, r.Measure, r.Restriction, r.ImposedBy))
                .ToList();
            shares.Add(new CapacityShare(agreement, memberList, minerals));
        }
        return shares;
    }

    /// <summary>The orders of one answer; each entity's folded name is computed once (a large answer sorts many holdings).</summary>
    sealed class Orders
    {
        readonly Dictionary<string, string> folded = new(StringComparer.Ordinal);

        public Orders()
        {
            ByName = Comparer<Entity>.Create((a, b) =>
            {
                var c = string.CompareOrdinal(Folded(a), Folded(b));
                return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
            });
            Holdings = Comparer<HoldingFact>.Create((a, b) =>
            {
                var c = ByName.Compare(a.Mineral, b.Mineral);
                if (c == 0) c = ById(a.Capacity, b.Capacity);
                if (c == 0) c = ByName.Compare(a.Restricted, b.Restricted);
                if (c == 0) c = ById(a.BasedIn, b.BasedIn);
                if (c == 0) c = ById(a.GroupLink, b.GroupLink);
                return c;
            });
            Restrictions = Comparer<RestrictionFact>.Create((a, b) =>
            {
                var c = ByName.Compare(a.Mineral, b.Mineral);
                if (c == 0) c = ById(a.Restriction, b.Restriction);
                if (c == 0) c = ById(a.ImposedBy, b.ImposedBy);
                return c;
            });
        }

        public Comparer<Entity> ByName { get; }
        public Comparer<HoldingFact> Holdings { get; }
        public Comparer<RestrictionFact> Restrictions { get; }

        string Folded(Entity e)
        {
            if (!folded.TryGetValue(e.Id, out var name)) folded[e.Id] = name = SearchText.Fold(e.Name);
            return name;
        }

        /// <summary>Relations by id; a missing one first.</summary>
        static int ById(Relation? a, Relation? b) => (a, b) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => string.CompareOrdinal(a.Id, b.Id),
        };
    }
}
