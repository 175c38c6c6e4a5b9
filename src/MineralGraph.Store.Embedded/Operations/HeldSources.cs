using MineralGraph.Domain.Model;
using MineralGraph.Domain.Text;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>Sources' held texts and the quotes citing them, placed by the domain (<see cref="HeldSource.Of"/>). Ids follow merges; a non-source id gives null.</summary>
internal static class HeldSources
{
    public static IReadOnlyList<HeldSource?> Run(EmbeddedGraph graph, IReadOnlyList<string> ids) =>
        ids.Select(id => Of(graph, id)).ToList();

    static HeldSource? Of(EmbeddedGraph graph, string id)
    {
        if (graph.PositionOf(id) is not { } i || graph.Entities[i].Kind != EntityKind.Source) return null;
        var source = graph.Entities[i].Id;
        var citing = graph.Citing.Value.TryGetValue(source, out var positions) ? positions.Select(j => graph.Relations[j]) : [];
        return HeldSource.Of(source, graph.Texts.GetValueOrDefault(source), citing);
    }
}
