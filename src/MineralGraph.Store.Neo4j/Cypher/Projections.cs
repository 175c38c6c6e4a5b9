namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// Cypher fragments every statement shares, so an entity or a relation always comes back in the same shape
/// (read by <see cref="Mapping.EntityProperties.FromMap"/> and <see cref="Mapping.RelationProperties.FromMap"/>).
/// Called only with variable names written in the statements, never with input.
/// </summary>
internal static class Projections
{
    static readonly string EntityFields = string.Join(", ", Mapping.EntityProperties.ProjectedKeys.Select(k => "." + k));

    static readonly string RelationFields = string.Join(", ", Mapping.RelationProperties.ProjectedKeys.Select(k => "." + k));

    /// <summary>The entity fields of node <paramref name="node"/> as a map (search helpers like nameFolded stay in the database).</summary>
    public static string Entity(string node) => $"{node} {{{EntityFields}}}";

    /// <summary>The relation fields of relationship <paramref name="rel"/>, with its kind and the ids of both ends.</summary>
    public static string Relation(string rel) =>
        $"{rel} {{{RelationFields}, kind: type({rel}), from: startNode({rel}).id, to: endNode({rel}).id}}";

    /// <summary>
    /// The sources cited by the relationships in list <paramref name="rels"/>, each once, as entity maps: each id
    /// sought through the entity id index (matching <c>s.id IN …</c> instead scans every source).
    /// </summary>
    public static string SourcesOf(string rels) =>
        $"COLLECT {{ UNWIND reduce(ids = [], x IN {rels} | ids + coalesce(x.evidenceSources, [])) AS sourceId WITH DISTINCT sourceId " +
        $"MATCH (s:Entity {{id: sourceId}}) WHERE s:Source RETURN {Entity("s")} }}";

    /// <summary>
    /// True unless <c>$asOf</c> is given and the dates of <paramref name="rel"/> say it did not hold then —
    /// <see cref="Domain.Model.Relation.ValidityOn"/> is Invalid exactly when it began after the day or ended before it,
    /// or when its start is only expected (an expected end leaves <c>untilLatest</c> unset).
    /// </summary>
    public static string HeldOn(string rel) => HeldOn(rel, "$asOf");

    /// <summary><see cref="HeldOn(string)"/> against the day in <paramref name="asOf"/> (a parameter or a map field).</summary>
    public static string HeldOn(string rel, string asOf) =>
        $"({asOf} IS NULL OR ({rel}.sinceExpected IS NULL AND ({rel}.sinceEarliest IS NULL OR {rel}.sinceEarliest <= date({asOf})) AND ({rel}.untilLatest IS NULL OR {rel}.untilLatest >= date({asOf}))))";

    /// <summary>
    /// True when <paramref name="rel"/> may be walked as a tie (<see cref="Domain.Model.Relation.IsWalkable"/>): not
    /// retracted by a curator (kept for history) and not denied (its source says the tie does not hold).
    /// </summary>
    public static string Standing(string rel) => $"({rel}.retractionAt IS NULL AND coalesce({rel}.denied, false) = false)";

    /// <summary>
    /// True when <paramref name="rel"/>'s amount is at least the one given, in its unit, never an "up to" figure
    /// (<see cref="Domain.Model.Amount.IsAtLeast"/>): the relation list and the read-ahead pages filter alike.
    /// </summary>
    public static string AmountAtLeast(string rel, string unit, string value) =>
        $"{rel}.amountUnit = {unit} AND {rel}.amountQualifier <> 'up-to' AND {rel}.amountValue >= {value}";

    /// <summary>
    /// Binds <paramref name="variable"/> to the entity the id in <paramref name="id"/> names, following a merge
    /// (<c>(:MergedId)-[:MERGED_INTO]-&gt;</c>, stored resolved to the final survivor) first, as the embedded store
    /// does; null when neither exists. Keeps every variable already bound.
    /// </summary>
    public static string Resolve(string id, string variable) =>
        $"OPTIONAL MATCH (:MergedId {{id: {id}}})-[:MERGED_INTO]->(merged_{variable}:Entity)\n" +
        $"OPTIONAL MATCH (direct_{variable}:Entity {{id: {id}}})\n" +
        $"WITH *, coalesce(merged_{variable}, direct_{variable}) AS {variable}";

    /// <summary>
    /// Binds <paramref name="variable"/> to the list of entities the ids in <paramref name="ids"/> name, in their order,
    /// each resolved as <see cref="Resolve"/> does (null where unknown). Keeps no other variable.
    /// </summary>
    public static string ResolveAll(string ids, string variable) =>
        $"UNWIND range(0, size({ids}) - 1) AS i\n" +
        Resolve($"{ids}[i]", "e") + "\n" +
        "WITH i, e ORDER BY i\n" +
        "WITH collect({entity: e}) AS slots\n" +
        $"WITH [s IN slots | s.entity] AS {variable}";

    /// <summary>True when <c>$kinds</c> is null or names the type of <paramref name="rel"/>.</summary>
    public static string OfKinds(string rel) => $"($kinds IS NULL OR type({rel}) IN $kinds)";
}
