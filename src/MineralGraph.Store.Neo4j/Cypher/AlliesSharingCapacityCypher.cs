using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// The facts behind "which allies share capacity for minerals a government restricts", in one statement; every
/// relation used must be standing (not retracted) and have held on <c>$asOf</c> (or have dates that cannot tell); ids follow merges. The store assembles and orders
/// them with the domain's <see cref="CapacityAssembly"/>, as the embedded store does.
/// <list type="number">
/// <item>restrictions: minerals M that $restrictedBy RESTRICTS directly, or that a measure X RESTRICTS where X IMPOSED_BY
/// $restrictedBy; with $mineral, only M = $mineral or M joined to it by one PART_OF either way.</item>
/// <item>holdings: a relation of type $capacityKind from holder H to M itself or to a mineral C joined to M by one PART_OF
/// either way; held by government H, or by each government a company/project H is BASED_IN; never $restrictedBy.</item>
/// <item>memberships: MEMBER_OF from each holding government to an agreement.</item>
/// </list>
/// </summary>
internal static class AlliesSharingCapacityCypher
{
    static readonly string Head = $$"""
        {{Projections.Resolve("$restrictedBy", "g")}}
        {{Projections.Resolve("$mineral", "only")}}
        WITH g, only WHERE g IS NOT NULL AND ($mineral IS NULL OR only IS NOT NULL)
        CALL (g) {
          MATCH (g)-[x:RESTRICTS]->(m:Entity)
          WHERE {{Projections.HeldOn("x")}} AND {{Projections.Standing("x")}}
          RETURN m, null AS measure, x, null AS imposed
          UNION ALL
          MATCH (measure:Entity)-[imposed:IMPOSED_BY]->(g)
          WHERE {{Projections.HeldOn("imposed")}} AND {{Projections.Standing("imposed")}}
          MATCH (measure)-[x:RESTRICTS]->(m:Entity)
          WHERE {{Projections.HeldOn("x")}} AND {{Projections.Standing("x")}}
          RETURN m, measure, x, imposed
        }
        WITH g, only, m, measure, x, imposed
        WHERE only IS NULL OR m = only
           OR EXISTS { MATCH (m)-[p:PART_OF]-(only) WHERE {{Projections.HeldOn("p")}} AND {{Projections.Standing("p")}} }
        WITH g,
             collect({mineral: {{Projections.Entity("m")}}, measure: {{Projections.Entity("measure")}},
                      restriction: {{Projections.Relation("x")}}, imposedBy: {{Projections.Relation("imposed")}}}) AS restrictions,
             collect(DISTINCT m) AS restricted, collect(measure) AS measures, collect(x) + collect(imposed) AS restrictionTies
        CALL (g, restricted) {
          UNWIND restricted AS m
          CALL (m) {
            RETURN m AS c, null AS link
            UNION ALL
            MATCH (m)-[link:PART_OF]-(c:Entity)
            WHERE c <> m AND {{Projections.HeldOn("link")}} AND {{Projections.Standing("link")}}
            RETURN c, link
          }
          MATCH (holder:Entity)-[capacity]->(c)
          WHERE type(capacity) = $capacityKind AND {{Projections.HeldOn("capacity")}} AND {{Projections.Standing("capacity")}}
          CALL (holder) {
            WITH holder WHERE holder.kind = 'government'
            RETURN holder AS government, null AS basedIn
            UNION ALL
            WITH holder WHERE holder.kind IN ['company', 'project']
            MATCH (holder)-[basedIn:BASED_IN]->(government:Entity)
            WHERE government.kind = 'government' AND {{Projections.HeldOn("basedIn")}} AND {{Projections.Standing("basedIn")}}
            RETURN government, basedIn
          }
          WITH g, m, c, link, holder, capacity, government, basedIn
          WHERE government <> g
          RETURN collect({government: government.id, holder: {{Projections.Entity("holder")}}, mineral: {{Projections.Entity("c")}},
                          capacity: {{Projections.Relation("capacity")}}, basedIn: {{Projections.Relation("basedIn")}},
                          restricted: {{Projections.Entity("m")}}, groupLink: {{Projections.Relation("link")}}}) AS holdings,
                 collect(DISTINCT government) AS governments,
                 collect(holder) + collect(c) AS holders, collect(capacity) + collect(basedIn) + collect(link) AS holdingTies
        }
        CALL (governments) {
          UNWIND governments AS government
          MATCH (government)-[membership:MEMBER_OF]->(agreement:Entity)
          WHERE agreement.kind = 'agreement' AND {{Projections.HeldOn("membership")}} AND {{Projections.Standing("membership")}}
          RETURN collect({government: government.id, agreement: {{Projections.Entity("agreement")}},
                          membership: {{Projections.Relation("membership")}}}) AS memberships,
                 collect(agreement) AS agreements, collect(membership) AS membershipTies
        }
        WITH restrictions, holdings, memberships, governments,
             restricted + measures + holders + governments + agreements AS factEntities, restrictionTies + holdingTies + membershipTies AS factTies
        """;

    static readonly string Columns = $"restrictions, holdings, memberships, [n IN governments | {Projections.Entity("n")}] AS governments";

    public static CypherStatement Statement(CapacityQuery q) => Root(q).Plain();

    /// <summary>Needs apply to every entity and relation of the facts (a superset of those the assembled answer keeps).</summary>
    public static RootCypher Root(CapacityQuery q) => new(Head, Columns, "factEntities", "factTies", new Dictionary<string, object?>
    {
        ["restrictedBy"] = q.RestrictedBy,
        ["mineral"] = q.Mineral,
        ["capacityKind"] = q.Stage.CapacityRelation().Name(),
        ["asOf"] = CypherValues.Day(q.AsOf),
    });
}
