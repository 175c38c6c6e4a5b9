using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MineralGraph.Domain.Time;

/// <summary>
/// A date as the sources give it: a year, a month or a day (<c>2025</c>, <c>2025-09</c>, <c>2025-09-18</c>); a period
/// between two of those (<c>2026-07-01/2026-12-31</c> for "the second half of 2026", ISO 8601's interval); or a month
/// whose year the source does not give (<c>XXXX-02</c> for "February", ISO 8601-2's unspecified digits).
/// <see cref="Earliest"/> and <see cref="Latest"/> are the first and last days it may mean; a month without a year
/// is not placed on the calendar (<see cref="IsPlaced"/> is false, and the two are the calendar's first and last days).
/// <para>A date may also carry the source's own words (<see cref="Text"/>), what it is the date of
/// (<see cref="Role"/>: announced, signed, in force …), and whether the source gives it as still to come
/// (<see cref="Expected"/>): an expected date is never a past fact.</para>
/// </summary>
public readonly record struct PartialDate
{
    /// <summary>ISO 8601-2's mark for a year the source does not give.</summary>
    const string NoYear = "XXXX";

    public PartialDate(int year, int? month = null, int? day = null)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year; null for a month the source gives without one.</summary>
    public int? Year { get; private init; }
    public int? Month { get; private init; }
    public int? Day { get; private init; }
    /// <summary>For a period, its last part (a year, month or day); null for a single date.</summary>
    public (int Year, int? Month, int? Day)? End { get; private init; }

    /// <summary>The source's own words for the date ("second half of 2026", "February"), shown beside it.</summary>
    public string? Text { get; init; }
    /// <summary>True when the source gives the date as still to come: it is not shown, or counted, as a past fact.</summary>
    public bool Expected { get; init; }
    /// <summary>What the date is the date of, when the sources say: announced, signed, in force …</summary>
    public DateRole? Role { get; init; }

    public DatePrecision Precision =>
        End is not null ? DatePrecision.Range
        : Year is null ? DatePrecision.MonthWithoutYear
        : Day is not null ? DatePrecision.Day
        : Month is not null ? DatePrecision.Month
        : DatePrecision.Year;

    /// <summary>False for a month without a year: it cannot be placed on the calendar, so it sorts and filters as undated.</summary>
    public bool IsPlaced => Year is not null;

    public DateOnly Earliest => Year is { } year ? new(year, Month ?? 1, Day ?? 1) : DateOnly.MinValue;

    public DateOnly Latest => End is var (y, m, d) ? LatestOf(y, m, d) : Year is { } year ? LatestOf(year, Month, Day) : DateOnly.MaxValue;

    /// <summary>True when the date carries words, a role or an expectation beyond its value.</summary>
    public bool IsAnnotated => Text is not null || Expected || Role is not null;

    static DateOnly LatestOf(int year, int? month, int? day) =>
        day is { } d ? new DateOnly(year, month!.Value, d)
        : month is { } m ? new DateOnly(year, m, DateTime.DaysInMonth(year, m))
        : new DateOnly(year, 12, 31);

    /// <summary>The value as written: <c>2025</c>, <c>2025-09</c>, <c>2025-09-18</c>, <c>2026-07-01/2026-12-31</c> or <c>XXXX-02</c>.</summary>
    public override string ToString()
    {
        var start = Year is { } year ? Write(year, Month, Day) : $"{NoYear}-{Month:D2}";
        return End is var (y, m, d) ? $"{start}/{Write(y, m, d)}" : start;
    }

    static string Write(int year, int? month, int? day) =>
        day is not null ? $"{year:D4}-{month:D2}-{day:D2}" : month is not null ? $"{year:D4}-{month:D2}" : $"{year:D4}";

    /// <summary>
    /// Parses <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, a period <c>A/B</c> of two of those (B ending after A
    /// begins), or <c>XXXX-MM</c>; false for anything else or an impossible date.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var value = text.Trim();
        var slash = value.IndexOf('/');
        if (slash >= 0)
        {
            if (!TryParsePoint(value[..slash], out var from) || !TryParsePoint(value[(slash + 1)..], out var to)) return false;
            if (to.Value.Latest < from.Value.Earliest || to == from) return false;
            date = from.Value with { End = (to.Value.Year!.Value, to.Value.Month, to.Value.Day) };
            return true;
        }
        if (value.StartsWith(NoYear + "-", StringComparison.Ordinal))
        {
            var month = value[(NoYear.Length + 1)..];
            if (month.Length != 2 || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12) return false;
            date = new PartialDate { Month = m };
            return true;
        }
        return TryParsePoint(value, out date);
    }

    static bool TryParsePoint(string text, [NotNullWhen(true)] out PartialDate? date)
    {
        date = null;
        var parts = text.Split('-');
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
        TryParse(text, out var date) ? date.Value : throw new FormatException($"'{text}' is not a date: {Forms}");

    /// <summary>The forms a date may take, for messages.</summary>
    public const string Forms = "use YYYY, YYYY-MM, YYYY-MM-DD, a period A/B of two of those (2026-07-01/2026-12-31), or XXXX-MM for a month whose year is not given";
}
