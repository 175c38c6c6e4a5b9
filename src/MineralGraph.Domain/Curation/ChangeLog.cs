using MineralGraph.Domain.Store;

namespace MineralGraph.Domain.Curation;

/// <summary>
/// A page of the change log held in memory (the embedded store's): the changes after the cursor, filtered by
/// scope and operation, oldest first. The Neo4j store says the same in Cypher.
/// </summary>
public static class ChangeLog
{
    /// <summary>
    /// <paramref name="history"/> is the whole log, oldest first; <paramref name="scope"/> is null when the query names no ids.
    /// <see cref="Page{T}.Offset"/> counts the matching changes before the page, <see cref="Page{T}.TotalCount"/> all after <c>since</c>.
    /// </summary>
    public static Page<Change> Select(IReadOnlyList<Change> history, ChangesQuery query, long after, ChangeScope? scope)
    {
        var operations = query.Operations is { Count: > 0 } ops ? ops.Select(ChangeOperations.Name).ToHashSet(StringComparer.Ordinal) : null;
        var matching = history.Where(c => c.Sequence > query.Since
                                          && (operations is null || operations.Contains(c.Operation))
                                          && (scope is null || scope.Touches(c))).ToList();
        var before = matching.Count(c => c.Sequence <= after);
        var items = matching.Skip(before).Take(query.First).ToList();
        return new Page<Change>(items, before, before + items.Count < matching.Count, matching.Count);
    }
}
