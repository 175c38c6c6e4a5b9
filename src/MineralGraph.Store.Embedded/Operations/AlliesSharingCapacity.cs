using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Embedded.Indexes;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>
/// "Which allies share refining capacity for minerals that China restricts": this store fetches the facts, the
/// domain's <see cref="CapacityAssembly"/> groups and orders them. Every relation used must pass the AsOf filter
/// (<c>ValidityOn(asOf) != Invalid</c>) and not be retracted; there is no kinds filter.
/// <list type="number">
/// <item>Restrictions: M with a measure X such that X RESTRICTS M and X IMPOSED_BY RestrictedBy (Measure = X,
/// ImposedBy = that relation), or RestrictedBy RESTRICTS M directly (Measure and ImposedBy null). One fact per
/// (restriction, imposed-by) pair. With Mineral set, only facts whose M is Mineral or is joined to it by one
/// PART_OF relation in either direction are kept.</item>
/// <item>Holdings: a capacity relation of the stage's kind (<see cref="RelationKinds.CapacityRelation"/>) from
/// holder H to mineral C matches restricted M when C == M (GroupLink null) or one PART_OF relation joins C and M in
/// either direction (GroupLink = it; several such relations give several holdings). Government G holds it when
/// H == G (BasedIn null), or H is a company or project with H BASED_IN G (BasedIn = that relation; one holding per
/// BASED_IN). RestrictedBy never counts as a holder.</item>
/// <item>Memberships: every MEMBER_OF from a holding government to an agreement (any type).</item>
/// </list>
/// Unknown RestrictedBy or Mineral: empty.
/// </summary>
internal static class AlliesSharingCapacity
{
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
        var governments = holdings.Select(h => h.Government).Distinct().ToDictionary(g => graph.Entities[g].Id, g => graph.Entities[g], StringComparer.Ordinal);

        var memberships = new List<MembershipFact>();
        foreach (var government in holdings.Select(h => h.Government).Distinct())
        {
            foreach (var membership in walk.Related(government, RelationKind.MemberOf, RelationDirection.Outgoing))
            {
                var agreement = graph.Entities[graph.ToPositions[membership]];
                if (agreement.Kind == EntityKind.Agreement)
                    memberships.Add(new MembershipFact(graph.Entities[government].Id, agreement, graph.Relations[membership]));
            }
        }

        return CapacityAssembly.Run(
            restrictions.Select(r => new RestrictionFact(
                graph.Entities[r.Mineral],
                r.Measure is { } x ? graph.Entities[x] : null,
                graph.Relations[r.Relation],
                r.ImposedBy is { } i ? graph.Relations[i] : null)).ToList(),
            holdings.Select(h => new HoldingFact(
                graph.Entities[h.Government].Id,
                graph.Entities[h.Holder],
                graph.Entities[h.Mineral],
                graph.Relations[h.Capacity],
                h.BasedIn is { } b ? graph.Relations[b] : null,
                graph.Entities[h.Restricted],
                h.GroupLink is { } l ? graph.Relations[l] : null)).ToList(),
            memberships,
            governments);
    }

    readonly record struct Restriction(int Mineral, int? Measure, int Relation, int? ImposedBy);

    readonly record struct Holding(int Government, int Holder, int Mineral, int Capacity, int? BasedIn, int Restricted, int? GroupLink);

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

    /// <summary>The holdings of every government but the restrictor.</summary>
    static List<Holding> Holdings(EmbeddedGraph graph, Walk walk, IEnumerable<int> restricted, RelationKind capacityKind, int restrictor)
    {
        var result = new List<Holding>();
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
                        case EntityKind.Government when holder != restrictor:
                            result.Add(new Holding(holder, holder, c, capacity, null, m, link));
                            break;
                        case EntityKind.Company or EntityKind.Project:
                            foreach (var basedIn in walk.Related(holder, RelationKind.BasedIn, RelationDirection.Outgoing))
                            {
                                var government = graph.ToPositions[basedIn];
                                if (graph.Entities[government].Kind == EntityKind.Government && government != restrictor)
                                    result.Add(new Holding(government, holder, c, capacity, basedIn, m, link));
                            }
                            break;
                    }
                }
            }
        }
        return result;
    }

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
