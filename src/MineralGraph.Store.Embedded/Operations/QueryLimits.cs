namespace MineralGraph.Store.Embedded.Operations;

/// <summary>Rejects sizes and offsets no query may have, naming the field, before any work is done.</summary>
internal static class QueryLimits
{
    public static void AtLeast(int value, int minimum, string field)
    {
        if (value < minimum) throw new ArgumentOutOfRangeException(field, value, $"{field} must be {minimum} or more, not {value}");
    }
}
