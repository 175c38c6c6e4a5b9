using MineralGraph.Domain.Time;

namespace MineralGraph.Domain.Tests.Time;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2025", DatePrecision.Year, "2025-01-01", "2025-12-31")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2025-09-18", DatePrecision.Day, "2025-09-18", "2025-09-18")]
    [InlineData("2026-07-01/2026-12-31", DatePrecision.Range, "2026-07-01", "2026-12-31")]   // "second half of 2026"
    [InlineData("2025-11/2026", DatePrecision.Range, "2025-11-01", "2026-12-31")]
    public void TryParse_ValidForms_GiveRange(string text, DatePrecision precision, string earliest, string latest)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(precision, date!.Value.Precision);
        Assert.Equal(DateOnly.Parse(earliest), date.Value.Earliest);
        Assert.Equal(DateOnly.Parse(latest), date.Value.Latest);
        Assert.Equal(text, date.Value.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("2025-2")]
    [InlineData("2025-00")]
    [InlineData("2023-02-29")]
    [InlineData("2025-01-01T00:00")]
    [InlineData("2025-01-01-01")]
    [InlineData("abcd")]
    [InlineData("2026-12-31/2026-07-01")]    // a period that ends before it begins
    [InlineData("2026/2026")]
    [InlineData("2026-07-01/")]
    [InlineData("XXXX-13")]
    [InlineData("XXXX")]
    public void TryParse_InvalidForms_Fail(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void TryParse_MonthWithoutYear_IsNotPlacedOnTheCalendar()
    {
        Assert.True(PartialDate.TryParse("XXXX-02", out var february));
        Assert.Equal(DatePrecision.MonthWithoutYear, february!.Value.Precision);
        Assert.False(february.Value.IsPlaced);
        Assert.Equal(2, february.Value.Month);
        Assert.Null(february.Value.Year);
        Assert.Equal("XXXX-02", february.Value.ToString());
    }
}
