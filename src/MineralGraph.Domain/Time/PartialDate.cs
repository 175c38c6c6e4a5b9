using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MineralGraph.Domain.Time;

/// <summary>
/// A date known to a year, a month or a day: <c>2025</c>, <c>2025-09</c>, <c>2025-09-18</c>.
/// <see cref="Earliest"/> and <see cref="Latest"/> are the first and last days it may mean.
/// </summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null)
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    public DateOnly Latest => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month!.Value, Day!.Value),
        DatePrecision.Month => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month!.Value)),
        _ => new DateOnly(Year, 12, 31),
    };

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; false for anything else or an impossible date.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)) return false;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
        }
        var year = numbers[0];
        if (year < 1) return false;
        if (parts.Length == 1) { date = new PartialDate(year); return true; }
        var month = numbers[1];
        if (month is < 1 or > 12) return false;
        if (parts.Length == 2) { date = new PartialDate(year, month); return true; }
        var day = numbers[2];
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date.Value : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
}
