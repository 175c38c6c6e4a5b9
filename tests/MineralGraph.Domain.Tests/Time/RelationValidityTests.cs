using MineralGraph.Domain.Model;
using MineralGraph.Domain.Time;

namespace MineralGraph.Domain.Tests.Time;

public sealed class RelationValidityTests
{
    static Relation Tie(string? since, string? until, Truth current = Truth.Unknown) => new()
    {
        Id = "rel/t", Kind = RelationKind.MemberOf, From = "government/canada", To = "agreement/nafta",
        Since = since is null ? null : PartialDate.Parse(since),
        Until = until is null ? null : PartialDate.Parse(until),
        IsCurrent = current,
        Evidence = [new Evidence("source/s", "q")],
    };

    [Theory]
    [InlineData("1994-01-01", "2020-07-01", "2019-06-01", Validity.Valid)]
    [InlineData("1994-01-01", "2020-07-01", "2020-07-01", Validity.Valid)]
    [InlineData("1994-01-01", "2020-07-01", "2020-07-02", Validity.Invalid)]
    [InlineData("1994-01-01", "2020-07-01", "1993-12-31", Validity.Invalid)]
    [InlineData("1994", null, "1994-06-01", Validity.Unknown)]
    [InlineData("1994", null, "1995-01-01", Validity.Valid)]
    [InlineData(null, null, "2025-01-01", Validity.Unknown)]
    [InlineData(null, "2020", "2021-01-01", Validity.Invalid)]
    [InlineData("2010", "2020", "2020-05-05", Validity.Unknown)]
    public void ValidityOn_Dates_DecidesAsDocumented(string? since, string? until, string asOf, Validity expected) =>
        Assert.Equal(expected, Tie(since, until).ValidityOn(DateOnly.Parse(asOf)));

    [Fact]
    public void ValidityOn_EndedWithoutDate_IsUnknown() =>
        Assert.Equal(Validity.Unknown, Tie("1994", null, Truth.False).ValidityOn(new DateOnly(2025, 1, 1)));

    [Theory]
    [InlineData("2025-11-08", "2025-10-01")]
    [InlineData("2025-11-08", "2026-06-01")]    // long after the expected day: still never a past fact
    [InlineData("2026-07-01/2026-12-31", "2027-01-01")]
    public void ValidityOn_ExpectedStart_IsInvalidOnEveryDay(string since, string on)
    {
        var tie = Tie(since, null, Truth.True) with { Since = PartialDate.Parse(since) with { Expected = true } };

        Assert.Equal(Validity.Invalid, tie.ValidityOn(DateOnly.Parse(on)));
    }

    [Fact]
    public void ValidityOn_ExpectedEnd_IsUnknownFromItsFirstDay()
    {
        var tie = Tie("2025-11-07", null) with { Until = PartialDate.Parse("2026-11-10") with { Expected = true } };

        Assert.Equal(Validity.Valid, tie.ValidityOn(new DateOnly(2026, 1, 1)));
        Assert.Equal(Validity.Unknown, tie.ValidityOn(new DateOnly(2026, 11, 10)));
        Assert.Equal(Validity.Unknown, tie.ValidityOn(new DateOnly(2027, 1, 1)));   // it may have been extended
    }
}
