namespace MineralGraph.Domain.Time;

/// <summary>How much of a date the sources give.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
