using System.Text;

namespace MineralGraph.GraphQL.Types;

/// <summary>
/// Opaque cursors for paginated lists. A cursor names a position in the list's order; the next page starts
/// right after it. Clients must treat them as opaque strings.
/// </summary>
public static class Cursor
{
    const string Prefix = "mg1:";

    public static string Encode(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + position));

    /// <summary>The offset of the item after the cursor, or false when the text is not a cursor.</summary>
    public static bool TryDecodeNextOffset(string cursor, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (!text.StartsWith(Prefix, StringComparison.Ordinal) || !int.TryParse(text.AsSpan(Prefix.Length), out var position) || position < 0) return false;
            offset = position + 1;
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
