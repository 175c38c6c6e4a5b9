using MineralGraph.Domain.Store;

namespace MineralGraph.Store.Embedded.Operations;

/// <summary>
/// Entities per kind prefix (<c>official</c>) and relations per kind name (<c>MEMBER_OF</c>), only kinds that occur,
/// keys in ordinal order; Evidence is the number of evidence items over those relations. Retracted relations (and
/// their evidence) are not counted. Counted once per snapshot.
/// </summary>
internal static class Counts
{
    public static GraphCounts Run(EmbeddedGraph graph) => graph.Counts;
}
