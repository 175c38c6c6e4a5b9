using MineralGraph.Domain.Store;

namespace MineralGraph.Domain.Tests.Store;

/// <summary>Each refusal names the field as the API spells it; good arguments pass.</summary>
public sealed class QueryArgumentsTests
{
    static void Refused(string field, string message, Action check)
    {
        var e = Assert.ThrowsAny<ArgumentException>(check);
        Assert.Equal(field, e.ParamName);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void EntityList_NegativePagesAndDatesOutOfOrder_Refused()
    {
        Refused("first", "first must be 0 or more, not -1", () => QueryArguments.Check(new EntityListQuery { First = -1 }));
        Refused("offset", "offset must be 0 or more, not -5", () => QueryArguments.Check(new EntityListQuery { Offset = -5 }));
        Refused("query", "dateTo 2020-01-01 is before dateFrom 2021-01-01",
            () => QueryArguments.Check(new EntityListQuery { DateFrom = new(2021, 1, 1), DateTo = new(2020, 1, 1) }));
        QueryArguments.Check(new EntityListQuery { First = 0, DateFrom = new(2020, 1, 1), DateTo = new(2020, 1, 1) });
    }

    [Theory]
    [InlineData("")]
    [InlineData(" -- ! ")]
    public void Search_NoLetterOrDigit_Refused(string text) =>
        Refused("text", "has no letters or digits", () => QueryArguments.Check(new SearchQuery(text)));

    [Fact]
    public void Search_GoodText_GivesItsFoldedTerms()
    {
        var terms = QueryArguments.Check(new SearchQuery("Secretaría de T-MEC"));
        Assert.Equal(["secretaria", "de", "t", "mec"], terms.Words);
        Assert.Equal("secretariadetmec", terms.Compact);
        Assert.Equal("secretaria", terms.LongestWord);
        Refused("first", "first must be 0 or more", () => QueryArguments.Check(new SearchQuery("lithium", First: -1)));
    }

    [Fact]
    public void RelationLists_AnyQueryWithANegativePage_Refused()
    {
        var good = new RelationListQuery { EntityId = "government/canada" };
        Refused("offset", "offset must be 0 or more", () => QueryArguments.Check([good, good with { Offset = -1 }]));
        QueryArguments.Check([good, good with { First = 0 }]);
    }

    [Fact]
    public void Neighbourhood_NegativeDepthOrLimitAndNoNodes_Refused()
    {
        var good = new NeighbourhoodQuery { Id = "government/canada" };
        Refused("depth", "depth must be 0 or more", () => QueryArguments.Check(good with { Depth = -1 }));
        Refused("limitPerNode", "limitPerNode must be 0 or more", () => QueryArguments.Check(good with { LimitPerNode = -1 }));
        Refused("maxNodes", "maxNodes must be 1 or more, not 0", () => QueryArguments.Check(good with { MaxNodes = 0 }));
        QueryArguments.Check(good with { Depth = 0, LimitPerNode = 0, MaxNodes = 1 });
    }

    [Fact]
    public void Paths_NegativeHopsOrFirst_Refused()
    {
        var good = new PathQuery { From = "a/b", To = "c/d" };
        Refused("maxHops", "maxHops must be 0 or more", () => QueryArguments.Check(good with { MaxHops = -1 }));
        Refused("first", "first must be 0 or more", () => QueryArguments.Check(good with { First = -1 }));
        QueryArguments.Check(good with { MaxHops = 0, First = 0 });
    }
}
