namespace MineralGraph.Domain.Time;

/// <summary>How much of a date the sources give.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
    /// <summary>A period between two dates ("the second half of 2026": 2026-07-01/2026-12-31).</summary>
    Range,
    /// <summary>A month the source names without its year ("February": XXXX-02).</summary>
    MonthWithoutYear,
}
