using MineralGraph.Domain.Model;

namespace MineralGraph.Domain.Store;

/// <summary>
/// The order of <see cref="RelationOrder.AmountDescending"/> and <see cref="RelationOrder.AmountAscending"/> for
/// relations already in kind name then id order (a stable sort keeps that order among ties): with an amount first,
/// by unit (ordinal), by value; without an amount last. The Neo4j store writes the same order in Cypher.
/// </summary>
public sealed class AmountOrder(bool descending) : IComparer<Relation>
{
    public int Compare(Relation? a, Relation? b)
    {
        var (x, y) = (a!.Amount, b!.Amount);
        if (x is null || y is null) return (x is null).CompareTo(y is null);
        var unit = string.CompareOrdinal(x.Unit, y.Unit);
        if (unit != 0) return unit;
        return descending ? y.Value.CompareTo(x.Value) : x.Value.CompareTo(y.Value);
    }
}
