namespace MineralGraph.Domain.Store;

/// <summary>
/// One page of a list. <see cref="Offset"/> is the position of the first item in the whole list;
/// <see cref="TotalCount"/> is only computed when the query asked for it.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, bool HasNextPage, int? TotalCount)
{
    public static Page<T> Empty(int offset = 0, bool includeTotal = false) => new([], offset, false, includeTotal ? 0 : null);
}
