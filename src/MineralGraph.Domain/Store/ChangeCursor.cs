using System.Globalization;
using System.Text;

namespace MineralGraph.Domain.Store;

/// <summary>
/// A page cursor in the change log: the number of the last change seen, so a page after it stays right however many
/// changes are made meanwhile (and whatever merges widen an id's scope). Opaque to clients.
/// </summary>
public static class ChangeCursor
{
    const string Prefix = "mgc1:";

    public static string Encode(long sequence) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + sequence.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The change number the cursor names, or false when the text is not such a cursor.</summary>
    public static bool TryDecode(string cursor, out long sequence)
    {
        sequence = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
