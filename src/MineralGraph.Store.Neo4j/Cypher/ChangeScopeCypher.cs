namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// The Cypher side of <see cref="Domain.Curation.ChangeScope"/> and <see cref="Domain.Curation.ChangeSummary.Mentions"/>,
/// shared by the history and changes statements.
/// </summary>
internal static class ChangeScopeCypher
{
    /// <summary>
    /// For id variable <paramref name="id"/>: <c>own</c>, the id, the entity it was merged into, and every id merged
    /// there (a merge re-points earlier merged ids at the final survivor, so one hop reaches them all).
    /// </summary>
    public static string Own(string id) => $"""
        OPTIONAL MATCH (:MergedId {"{"}id: {id}{"}"})-[:MERGED_INTO]->(survivor:Entity)
        WITH {id}, coalesce(survivor.id, {id}) AS resolved
        OPTIONAL MATCH (m:MergedId)-[:MERGED_INTO]->(:Entity {"{"}id: resolved{"}"})
        WITH {id}, resolved, collect(m.id) AS merged
        WITH {id}, [{id}, resolved] + merged AS own
        """;

    /// <summary>
    /// <c>named</c>: [id, name] of each entity the summary of change node <paramref name="change"/> mentions — its
    /// targets and the sources its before/after JSON cites (<c>"sourceId":"…"</c>; ids hold no characters JSON escapes).
    /// </summary>
    public static string Names(string change) => $$"""
        CALL ({{change}}) {
          WITH {{change}}.targets + [part IN tail(split(coalesce({{change}}.after, {{change}}.before, ''), '"sourceId":"')) | split(part, '"')[0]] AS mentions
          OPTIONAL MATCH (e:Entity) WHERE e.id IN mentions
          RETURN [x IN collect(e) | [x.id, x.name]] AS named
        }
        """;
}
