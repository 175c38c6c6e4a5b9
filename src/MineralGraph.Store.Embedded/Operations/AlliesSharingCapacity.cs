using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded.Indexes;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>
/// "Which allies share refining capacity for minerals that China restricts." Every relation used below must
/// pass the AsOf filter (<c>ValidityOn(asOf) != Invalid</c>) and not be retracted; there is no kinds filter.
/// <list type="number">
/// <item>Restricted minerals: M with a measure X such that X RESTRICTS M and X IMPOSED_BY RestrictedBy (Measure = X,
/// ImposedBy = that relation), or RestrictedBy RESTRICTS M directly (Measure and ImposedBy null). One entry per
/// (restriction, imposed-by) pair. With Mineral set, only entries whose M is Mineral or is joined to it by one
/// PART_OF relation in either direction are kept.</item>
/// <item>Holdings: a capacity relation of the stage's kind (<see cref="RelationKinds.CapacityRelation"/>) from
/// holder H to mineral C matches restricted M when C == M (GroupLink null) or one PART_OF relation joins C and M in
/// either direction (GroupLink = it; several such relations give several holdings). Government G holds it when
/// H == G (BasedIn null), or H is a company or project with H BASED_IN G (BasedIn = that relation; one holding per
/// BASED_IN). RestrictedBy never counts as a holder.</item>
/// <item>Alliances: every agreement A (any type) with MEMBER_OF G→A from two or more distinct holding governments.
/// Members are those governments only; Membership is their MEMBER_OF relation to A with the smallest id.
/// Minerals are the restriction entries of the restricted minerals the members' holdings name.</item>
/// </list>
/// Order (names folded, ordinal; ids ordinal): alliances by name then id; members by name then id; holdings by
/// capacity mineral name, mineral id, capacity relation id, restricted mineral name, its id, BasedIn id, GroupLink id
/// (null first); minerals by name, id, restriction id, ImposedBy id (null first). Unknown RestrictedBy or Mineral: empty.
/// </summary>
internal static class AlliesSharingCapacity
{
    readonly record struct Restriction(int Mineral, int? Measure, int Relation, int? ImposedBy);

    readonly record struct Holding(int Holder, int Mineral, int Capacity, int? BasedIn, int Restricted, int? GroupLink);

    public static IReadOnlyList<CapacityShare> Run(EmbeddedGraph graph, CapacityQuery query)
    {
        if (graph.PositionOf(query.RestrictedBy) is not { } restrictor) return [];
        int? onlyMineral = null;
        if (query.Mineral is not null)
        {
            if (graph.PositionOf(query.Mineral) is not { } m) return [];
            onlyMineral = m;
        }
        var walk = new Walk(graph, query.AsOf);

        var restrictions = Restrictions(graph, walk, restrictor);
        if (onlyMineral is { } mineral)
        {
            var allowed = walk.Related(mineral, RelationKind.PartOf, RelationDirection.Both).Select(j => walk.Other(j, mineral)).ToHashSet();
            allowed.Add(mineral);
            restrictions = restrictions.Where(r => allowed.Contains(r.Mineral)).ToList();
        }
        var holdings = Holdings(graph, walk, restrictions.Select(r => r.Mineral).Distinct(), query.Stage.CapacityRelation(), restrictor);

        var alliances = new Dictionary<int, Dictionary<int, int>>();
        foreach (var government in holdings.Keys)
        {
            foreach (var membership in walk.Related(government, RelationKind.MemberOf, RelationDirection.Outgoing))
            {
                var agreement = graph.ToPositions[membership];
                if (graph.Entities[agreement].Kind != EntityKind.Agreement) continue;
                if (!alliances.TryGetValue(agreement, out var members)) alliances[agreement] = members = [];
                if (!members.TryGetValue(government, out var kept) || graph.RelationIdRanks[membership] < graph.RelationIdRanks[kept])
                    members[government] = membership;
            }
        }

        var byName = ByName(graph);
        var shares = new List<CapacityShare>();
        foreach (var (agreement, members) in alliances.Where(a => a.Value.Count >= 2).OrderBy(a => a.Key, byName))
        {
            var memberList = members.OrderBy(m => m.Key, byName).Select(m => new CapacityMember(
                graph.Entities[m.Key],
                graph.Relations[m.Value],
                holdings[m.Key].Order(HoldingOrder(graph, byName)).Select(h => ToResult(graph, h)).ToList())).ToList();
            var involved = members.Keys.SelectMany(g => holdings[g]).Select(h => h.Restricted).ToHashSet();
            var minerals = restrictions.Where(r => involved.Contains(r.Mineral))
                .Order(RestrictionOrder(graph, byName))
                .Select(r => new RestrictedMineral(
                    graph.Entities[r.Mineral],
                    r.Measure is { } x ? graph.Entities[x] : null,
                    graph.Relations[r.Relation],
                    r.ImposedBy is { } i ? graph.Relations[i] : null))
                .ToList();
            shares.Add(new CapacityShare(graph.Entities[agreement], memberList, minerals));
        }
        return shares;
    }

    static List<Restriction> Restrictions(EmbeddedGraph graph, Walk walk, int restrictor)
    {
        var result = new List<Restriction>();
        foreach (var j in walk.Related(restrictor, RelationKind.Restricts, RelationDirection.Outgoing))
            result.Add(new Restriction(graph.ToPositions[j], null, j, null));
        foreach (var imposed in walk.Related(restrictor, RelationKind.ImposedBy, RelationDirection.Incoming))
        {
            var measure = graph.FromPositions[imposed];
            foreach (var j in walk.Related(measure, RelationKind.Restricts, RelationDirection.Outgoing))
                result.Add(new Restriction(graph.ToPositions[j], measure, j, imposed));
        }
        return result;
    }

    /// <summary>Matching holdings per holding government.</summary>
    static Dictionary<int, List<Holding>> Holdings(EmbeddedGraph graph, Walk walk, IEnumerable<int> restricted, RelationKind capacityKind, int restrictor)
    {
        var result = new Dictionary<int, List<Holding>>();
        void Add(int government, Holding holding)
        {
            if (government == restrictor) return;
            if (!result.TryGetValue(government, out var list)) result[government] = list = [];
            list.Add(holding);
        }
        foreach (var m in restricted)
        {
            var held = new List<(int Mineral, int? Link)> { (m, null) };
            foreach (var link in walk.Related(m, RelationKind.PartOf, RelationDirection.Both))
            {
                var other = walk.Other(link, m);
                if (other != m) held.Add((other, link));
            }
            foreach (var (c, link) in held)
            {
                foreach (var capacity in walk.Related(c, capacityKind, RelationDirection.Incoming))
                {
                    var holder = graph.FromPositions[capacity];
                    switch (graph.Entities[holder].Kind)
                    {
                        case EntityKind.Government:
                            Add(holder, new Holding(holder, c, capacity, null, m, link));
                            break;
                        case EntityKind.Company or EntityKind.Project:
                            foreach (var basedIn in walk.Related(holder, RelationKind.BasedIn, RelationDirection.Outgoing))
                            {
                                var government = graph.ToPositions[basedIn];
                                if (graph.Entities[government].Kind == EntityKind.Government)
                                    Add(government, new Holding(holder, c, capacity, basedIn, m, link));
                            }
                            break;
                    }
                }
            }
        }
        return result;
    }

    static CapacityHolding ToResult(EmbeddedGraph graph, Holding h) => new(
        graph.Entities[h.Holder],
        graph.Entities[h.Mineral],
        graph.Relations[h.Capacity],
        h.BasedIn is { } b ? graph.Relations[b] : null,
        graph.Entities[h.Restricted],
        h.GroupLink is { } l ? graph.Relations[l] : null);

    static Comparer<int> ByName(EmbeddedGraph graph) => Comparer<int>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(graph.FoldedNames[a], graph.FoldedNames[b]);
        return c != 0 ? c : string.CompareOrdinal(graph.Entities[a].Id, graph.Entities[b].Id);
    });

    static int RelationRank(EmbeddedGraph graph, int? relation) => relation is { } j ? graph.RelationIdRanks[j] : -1;

    static Comparer<Holding> HoldingOrder(EmbeddedGraph graph, Comparer<int> byName) => Comparer<Holding>.Create((a, b) =>
    {
        var c = byName.Compare(a.Mineral, b.Mineral);
        if (c == 0) c = RelationRank(graph, a.Capacity).CompareTo(RelationRank(graph, b.Capacity));
        if (c == 0) c = byName.Compare(a.Restricted, b.Restricted);
        if (c == 0) c = RelationRank(graph, a.BasedIn).CompareTo(RelationRank(graph, b.BasedIn));
        if (c == 0) c = RelationRank(graph, a.GroupLink).CompareTo(RelationRank(graph, b.GroupLink));
        return c;
    });

    static Comparer<Restriction> RestrictionOrder(EmbeddedGraph graph, Comparer<int> byName) => Comparer<Restriction>.Create((a, b) =>
    {
        var c = byName.Compare(a.Mineral, b.Mineral);
        if (c == 0) c = RelationRank(graph, a.Relation).CompareTo(RelationRank(graph, b.Relation));
        if (c == 0) c = RelationRank(graph, a.ImposedBy).CompareTo(RelationRank(graph, b.ImposedBy));
        return c;
    });

    /// <summary>One-kind, as-of-filtered steps from an entity.</summary>
    sealed class Walk(EmbeddedGraph graph, DateOnly? asOf)
    {
        readonly Dictionary<RelationKind, RelationFilter> filters = [];

        public List<int> Related(int entity, RelationKind kind, RelationDirection direction)
        {
            if (!filters.TryGetValue(kind, out var filter)) filters[kind] = filter = RelationFilter.Of([kind], asOf);
            var result = new List<int>();
            Incidence.Collect(graph, entity, direction, filter, result);
            return result;
        }

        public int Other(int relation, int entity) =>
            graph.FromPositions[relation] == entity ? graph.ToPositions[relation] : graph.FromPositions[relation];
    }
}
