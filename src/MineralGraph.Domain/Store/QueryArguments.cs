namespace MineralGraph.Store.Neo4j;

/// <summary>Rejects sizes and offsets no query may have, naming the field, before any round trip (as the embedded store does).</summary>
internal static class QueryChecks
{
    public static void AtLeast(int value, int minimum, string field)
    {
        if (value < minimum) throw new ArgumentOutOfRangeException(field, value, $"{field} must be {minimum} or more, not {value}");
    }
}
