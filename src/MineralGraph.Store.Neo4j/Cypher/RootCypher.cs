namespace MineralGraph.Store.Neo4j.Cypher;

/// <summary>
/// A root read's statement in parts, so that the statement for the read alone (<see cref="Plain"/>) and the one that
/// also reads what a selection needs below it (<see cref="ReadAhead.ReadAheadCypher"/>) share them. Every part is
/// constant text (or picked from a closed set); the values are in <see cref="Parameters"/>.
/// </summary>
/// <param name="Head">Clauses leaving one row (or none, when the read finds nothing) with the variables below bound.</param>
/// <param name="Columns">The RETURN items that carry the read's value.</param>
/// <param name="Entities">A list of the entity nodes in the value (what needs below entities apply to).</param>
/// <param name="Relations">A list of the relationships in the value (what needs below relations apply to, and whose evidence sources are returned); null when the value holds none.</param>
internal sealed record RootCypher(string Head, string Columns, string Entities, string? Relations, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>The read alone: its value, and the sources its relations cite.</summary>
    public CypherStatement Plain() => new(
        $"{Head}\nRETURN {Columns}" + (Relations is null ? "" : $",\n       {Projections.SourcesOf(Relations)} AS sources"),
        Parameters);
}
