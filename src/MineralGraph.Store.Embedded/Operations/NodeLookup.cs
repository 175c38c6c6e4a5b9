using MineralGraph.Domain.Model;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>
/// Entities and relations by id (ordinal, exact). An entity id merged into another gives the survivor. Unknown ids
/// give null; a batch keeps its order. A retracted relation is still returned by id, with its Retraction set.
/// </summary>
internal static class NodeLookup
{
    public static Entity? Entity(EmbeddedGraph graph, string id) =>
        graph.PositionOf(id) is { } i ? graph.Entities[i] : null;

    public static IReadOnlyList<Entity?> Entities(EmbeddedGraph graph, IReadOnlyList<string> ids)
    {
        var result = new Entity?[ids.Count];
        for (var i = 0; i < ids.Count; i++) result[i] = Entity(graph, ids[i]);
        return result;
    }

    public static Relation? Relation(EmbeddedGraph graph, string id) =>
        graph.RelationPositions.TryGetValue(id, out var j) ? graph.Relations[j] : null;

    public static IReadOnlyList<Relation?> Relations(EmbeddedGraph graph, IReadOnlyList<string> ids) =>
        ids.Select(id => Relation(graph, id)).ToList();
}
