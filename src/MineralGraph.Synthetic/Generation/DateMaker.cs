using MineralGraph.Domain.Time;

namespace MineralGraph.Synthetic.Generation;

/// <summary>Dates as the sources give them: mostly recent, known to a day, a month or only a year.</summary>
internal sealed class DateMaker(Pcg32 random)
{
    public const int FirstYear = 1990, LastYear = 2026;
    static readonly DateOnly LastDay = new(LastYear, 12, 31);

    /// <summary>A date between 1990 and 2026, recent years likelier.</summary>
    public PartialDate Any() => Truncate(new DateOnly(LastYear - random.Skewed(LastYear - FirstYear + 1, 2.0), random.Between(1, 12), 1).AddDays(random.Next(28)));

    /// <summary>A date on or after <paramref name="since"/> (by up to ten years) whose latest day is not before its earliest day.</summary>
    public PartialDate After(PartialDate? since)
    {
        if (since is null) return Any();
        var day = since.Value.Earliest.AddDays(random.Next(3650));
        return Truncate(day > LastDay ? LastDay : day);
    }

    /// <summary>The same claim dated differently by another source: one to three years apart.</summary>
    public PartialDate Shifted(PartialDate date)
    {
        var years = random.Between(1, 3) * (random.Chance(0.5) ? 1 : -1);
        var from = date.Year ?? LastYear; // synthetic dates always have a year
        var year = Math.Clamp(from + years, FirstYear, LastYear);
        if (year == from) year = from == LastYear ? year - 1 : year + 1;
        return new PartialDate(year, date.Month, date.Day is { } d ? Math.Min(d, 28) : null);
    }

    /// <summary>
    /// Keeps the day (45%), the month (25%), the half-year as a period (3%, "the second half of 2026") or the year;
    /// truncating never moves the latest day earlier. A month without its year is never made: synthetic ties are
    /// placed on the calendar.
    /// </summary>
    PartialDate Truncate(DateOnly day)
    {
        var roll = random.NextDouble();
        return roll < 0.45 ? new PartialDate(day.Year, day.Month, day.Day)
            : roll < 0.70 ? new PartialDate(day.Year, day.Month)
            : roll < 0.73 ? HalfYear(day)
            : new PartialDate(day.Year);
    }

    static PartialDate HalfYear(DateOnly day) =>
        PartialDate.Parse(day.Month <= 6 ? $"{day.Year:D4}-01-01/{day.Year:D4}-06-30" : $"{day.Year:D4}-07-01/{day.Year:D4}-12-31");
}
