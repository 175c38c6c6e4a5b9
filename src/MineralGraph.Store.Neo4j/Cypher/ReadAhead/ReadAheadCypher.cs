using System.Text;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Store.ReadAhead;

namespace MineralGraph.Store.Neo4j.Cypher.ReadAhead;

/// <summary>
/// One statement for a root read together with what its selection needs below it: the root's head (one row), then a
/// CALL block per position of the <see cref="ReadNeeds"/> tree, parent before child, each taking the list of nodes or
/// relationships its parent found (<c>entitiesN</c>, <c>tiesN</c>) and leaving its own lists on the same row; at the
/// end every entity and relationship met below the root is projected once. Its own columns are named <c>ahead…</c>
/// (and <c>sources</c>) so that they never meet a root's names. What it returns besides the root's
/// columns (read by <see cref="ReadAheadStatement"/>):
/// <list type="bullet">
/// <item><c>aheadPages</c>: per page of the tree (in <see cref="ReadAheadStatement.Pages"/> order), each entity's window
/// of relation ids, whether more follow, and its total when asked for;</item>
/// <item><c>aheadEntities</c>, <c>aheadRelations</c>: the maps of every entity (relation ends, other ends, countries)
/// and relationship (page items, disputing claims) met; <c>aheadCountries</c> and <c>aheadDisputes</c>: the id each
/// was asked by;</item>
/// <item><c>sources</c>: the sources cited by the root's relations and those.</item>
/// </list>
/// The text is built from the tree's shape and closed sets only (directions, relation kinds, the order, whether a total,
/// a denied filter or a least amount is asked);
/// every value is a parameter (<c>$pageN</c>: skip, limit, first, asOf, retracted; denied, minValue, minUnit when asked).
/// </summary>
internal sealed class ReadAheadCypher
{
    readonly StringBuilder text = new();
    readonly Dictionary<string, object?> parameters;
    readonly List<RelationListQuery> pages = [];
    readonly List<string> entityLists = [];
    readonly List<string> relationLists = [];
    readonly List<string> countries = [];
    readonly List<string> disputes = [];
    int lists;

    ReadAheadCypher(RootCypher root)
    {
        parameters = new Dictionary<string, object?>(root.Parameters);
        text.Append(root.Head);
    }

    public static ReadAheadStatement Statement(RootCypher root, ReadNeeds needs)
    {
        var cypher = new ReadAheadCypher(root);
        cypher.Line($"WITH *, {root.Entities} AS entities0, {root.Relations ?? "[]"} AS ties0");
        if (!needs.Entities.IsEmpty) cypher.Entity("entities0", needs.Entities);
        if (!needs.Relations.IsEmpty) cypher.Relation("ties0", needs.Relations);
        cypher.End(root);
        return new ReadAheadStatement(new CypherStatement(cypher.text.ToString(), cypher.parameters), cypher.pages);
    }

    void Entity(string input, EntityNeeds needs)
    {
        foreach (var page in needs.Pages) Page(input, page);
        if (needs.Country is { } country) Country(input, country);
    }

    void Page(string input, PageNeeds needs)
    {
        var query = needs.Query;
        var page = $"page{pages.Count}";
        pages.Add(query);
        parameters[page] = PagePattern.Parameter(query);
        var match = $"MATCH {PagePattern.Match(query)}";
        var where = $"WHERE {PagePattern.Where(query, page)}";
        Line($"CALL ({input}) {{");
        Line($"  UNWIND {input} AS e");
        Line("  WITH DISTINCT e WHERE e IS NOT NULL");
        Line("  CALL (e) {");
        Line($"    {match}");
        Line($"    {where}");
        if (PagePattern.NeedsDistinct(query)) Line("    WITH DISTINCT r");
        Line($"    WITH r ORDER BY {PagePattern.Order(query)} SKIP ${page}.skip LIMIT ${page}.limit");
        Line("    RETURN collect(r) AS window");
        Line("  }");
        if (query.IncludeTotal)
        {
            Line("  CALL (e) {");
            Line($"    {match}");
            Line($"    {where}");
            Line("    RETURN count(DISTINCT r) AS total");
            Line("  }");
        }
        var total = query.IncludeTotal ? ", total: total" : "";
        Line($"  RETURN collect({{entity: e, more: size(window) > ${page}.first, window: window[..${page}.first]{total}}}) AS {page}");
        Line("}");
        var items = Relations($"reduce(all = [], x IN {page} | all + x.window)");
        if (!needs.Items.IsEmpty) Relation(items, needs.Items);
        if (needs.Other is { } other)
            Entity(Entities($"reduce(all = [], x IN {page} | all + [r IN x.window | CASE WHEN startNode(r) = x.entity THEN endNode(r) ELSE startNode(r) END])"), other);
    }

    void Country(string input, EntityNeeds needs)
    {
        var found = $"countries{++lists}";
        countries.Add(found);
        Line($"CALL ({input}) {{");
        Line($"  UNWIND {input} AS e");
        Line("  WITH DISTINCT e.country AS id WHERE id IS NOT NULL");
        foreach (var line in Projections.Resolve("id", "c").Split('\n')) Line("  " + line);
        Line($"  RETURN collect({{id: id, entity: c}}) AS {found}");
        Line("}");
        Entity(Entities($"[x IN {found} WHERE x.entity IS NOT NULL | x.entity]"), needs);
    }

    void Relation(string input, RelationNeeds needs)
    {
        if (needs.From is { } from) Entity(Entities($"[r IN {input} | startNode(r)]"), from);
        if (needs.To is { } to) Entity(Entities($"[r IN {input} | endNode(r)]"), to);
        if (needs.DisputedBy is { } disputedBy) DisputedBy(input, disputedBy);
        if (needs.Sources is { } sources) Sources(input, sources);
    }

    /// <summary>
    /// The relations a relation's <c>disputedBy</c> names, by id. An index covers one relationship type only, so each
    /// id is sought first among the ties of the disputed relation's two ends (a disputing claim is a claim about the
    /// same things: in the seed every one shares an end), and only the ids not found there are sought through the
    /// <c>relation_keys</c> index, as <see cref="RelationsByIdsCypher"/> does.
    /// </summary>
    void DisputedBy(string input, RelationNeeds needs)
    {
        var answers = $"disputes{++lists}";
        var found = $"ties{++lists}";
        disputes.Add(answers);
        relationLists.Add(found);
        Line($"CALL ({input}) {{");
        Line($"  UNWIND {input} AS r");
        Line("  UNWIND coalesce(r.disputedBy, []) AS id");
        Line("  WITH DISTINCT r, id");
        Line("  OPTIONAL CALL (r, id) {");
        Line("    UNWIND [startNode(r), endNode(r)] AS v");
        Line("    MATCH (v)-[d]-()");
        Line("    WHERE d.id = id");
        Line("    RETURN d LIMIT 1");
        Line("  }");
        Line("  WITH id, collect(d) AS near");
        Line("  WITH collect({id: id, near: head(near)}) AS pairs");
        Line("  CALL (pairs) {");
        Line("    WITH [p IN pairs WHERE p.near IS NULL | p.id] AS missing");
        Line("    UNWIND missing AS sought");
        foreach (var line in KeyIndexCypher.RelationById("sought", "d").Split('\n')) Line("    " + line);
        Line("    RETURN collect(d) AS far");
        Line("  }");
        Line("  WITH [p IN pairs | {id: p.id, relation: coalesce(p.near, head([d IN far WHERE d.id = p.id]))}] AS answers");
        Line($"  RETURN answers AS {answers}, [a IN answers WHERE a.relation IS NOT NULL | a.relation] AS {found}");
        Line("}");
        if (!needs.IsEmpty) Relation(found, needs);
    }

    /// <summary>The sources a position's relations cite, for what lies below them (the sources themselves are returned with every statement).</summary>
    void Sources(string input, EntityNeeds needs)
    {
        var found = $"entities{++lists}";
        Line($"CALL ({input}) {{");
        Line($"  UNWIND {input} AS r");
        Line("  UNWIND coalesce(r.evidenceSources, []) AS id");
        Line("  WITH DISTINCT id");
        Line("  MATCH (s:Entity {id: id})");
        Line($"  RETURN collect(s) AS {found}");
        Line("}");
        Entity(found, needs);
    }

    /// <summary>Binds <paramref name="list"/> (of nodes) to a new variable whose entities are returned; its name.</summary>
    string Entities(string list)
    {
        var name = $"entities{++lists}";
        Line($"WITH *, {list} AS {name}");
        entityLists.Add(name);
        return name;
    }

    /// <summary>Binds <paramref name="list"/> (of relationships) to a new variable whose relations are returned; its name.</summary>
    string Relations(string list)
    {
        var name = $"ties{++lists}";
        Line($"WITH *, {list} AS {name}");
        relationLists.Add(name);
        return name;
    }

    void End(RootCypher root)
    {
        Line($"WITH *, {Sum(relationLists)} AS readTies, {Sum(entityLists)} AS readEntities");
        Line("CALL (readTies) {");
        Line("  UNWIND readTies AS r");
        Line("  WITH DISTINCT r");
        Line($"  RETURN collect({Projections.Relation("r")}) AS aheadRelations");
        Line("}");
        Line("CALL (readEntities) {");
        Line("  UNWIND readEntities AS n");
        Line("  WITH DISTINCT n");
        Line($"  RETURN collect({Projections.Entity("n")}) AS aheadEntities");
        Line("}");
        var pageColumns = pages.Select((_, i) => $"[x IN page{i} | {{entity: x.entity.id, more: x.more, total: x.total, window: [r IN x.window | r.id]}}]");
        Line($"RETURN {root.Columns},");
        Line("       aheadRelations, aheadEntities,");
        Line($"       [{string.Join(",\n        ", pageColumns)}] AS aheadPages,");
        Line($"       [x IN {Sum(countries)} | {{id: x.id, entity: x.entity.id}}] AS aheadCountries,");
        Line($"       [x IN {Sum(disputes)} | {{id: x.id, relation: x.relation.id}}] AS aheadDisputes,");
        Line($"       {Projections.SourcesOf("ties0 + readTies")} AS sources");
    }

    static string Sum(List<string> lists) => lists.Count == 0 ? "[]" : string.Join(" + ", lists);

    void Line(string line) => text.Append('\n').Append(line);
}
