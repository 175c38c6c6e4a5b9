using MineralGraph.Domain.Store;
using MineralGraph.Domain.Time;
using MineralGraph.Domain.Timeline;

namespace MineralGraph.Store.Tests.Contract;

/// <summary>
/// The timeline (issue 17) on the contract seed: Mexico's ties (since/until), the agreements and the meeting it is tied
/// to, with their dated steps (entities/agreements.yaml: the USMCA signed 2018-11-30 and its review expected in 2026,
/// NAFTA signed in 1992, a year-only date).
/// </summary>
public abstract partial class GraphStoreContractTests
{
    static readonly string[] MexicoTimeline =
    [
        "agreement/nafta#dates/0",                         // 1992 (year only: sorts at its first day)
        "agreement/nafta#date",                            // 1994-01-01
        "rel/mexico-member-of-nafta#since",                // 1994-01-01, same day: by id
        "agreement/usmca#dates/0",                         // 2018-11-30 signed
        "rel/mexico-member-of-nafta#until",                // 2020-06-30
        "agreement/usmca#date",                            // 2020-07-01
        "rel/mexico-member-of-usmca#since",                // 2020-07-01
        "rel/sheinbaum-president-of-mexico#since",         // 2024-10-01
        "event/mexico-city-meeting#date",                  // 2025-09-18
        "agreement/usmca#dates/1",                         // 2026, expected
    ];

    Task<TimelineAnswer> Timeline(string[]? ids = null, DateOnly? from = null, DateOnly? to = null, TimelineItemKind[]? kinds = null, int first = 100, int offset = 0) =>
        Store.GetTimelineAsync(new TimelineQuery { Ids = ids, From = from, To = to, Kinds = kinds, First = first, Offset = offset });

    [Fact]
    public async Task Timeline_OfMexico_TiesAndTiedAgreementsInDateOrder_WithTheirRoles()
    {
        var answer = await Timeline(["government/mexico"]);

        Assert.Equal(["government/mexico"], Ids(answer.Of));
        Assert.Equal(MexicoTimeline, answer.Page.Items.Select(i => i.Id));
        Assert.Equal(MexicoTimeline.Length, answer.Page.TotalCount);
        var items = answer.Page.Items.ToDictionary(i => i.Id);
        Assert.Equal((TimelineItemKind.Agreement, DateRole.Signed, "2018-11-30"), (items["agreement/usmca#dates/0"].Kind, items["agreement/usmca#dates/0"].Date.Role, items["agreement/usmca#dates/0"].Date.ToString()));
        Assert.Equal("agreement/usmca", items["agreement/usmca#dates/0"].Entity?.Id);
        var until = items["rel/mexico-member-of-nafta#until"];
        Assert.Equal((TimelineItemKind.Relation, TieEnd.Until, "rel/mexico-member-of-nafta"), (until.Kind, until.Edge, until.Relation?.Id));
        Assert.Equal("Mexico member of North American Free Trade Agreement: ends", until.Title);
        Assert.NotNull(until.Relation!.Evidence[0].Source);
        Assert.Equal(TimelineItemKind.Event, items["event/mexico-city-meeting#date"].Kind);
    }

    [Fact]
    public async Task Timeline_YearOnlyAndExpectedDates_KeepTheirPrecision()
    {
        var items = (await Timeline(["government/mexico"])).Page.Items.ToDictionary(i => i.Id);

        var signed = items["agreement/nafta#dates/0"].Date;
        Assert.Equal((DatePrecision.Year, new DateOnly(1992, 1, 1), new DateOnly(1992, 12, 31), false), (signed.Precision, signed.Earliest, signed.Latest, signed.Expected));
        var review = items["agreement/usmca#dates/1"];
        Assert.Equal((DatePrecision.Year, true, DateRole.Held), (review.Date.Precision, review.Date.Expected, review.Date.Role));
        Assert.EndsWith("(expected)", review.Title, StringComparison.Ordinal);
        // An expected start of a tie (the second half of 2026) says so.
        var join = Assert.Single((await Timeline(["government/canada"], kinds: [TimelineItemKind.Relation])).Page.Items, i => i.Id == "rel/canada-member-of-action-plan#since");
        Assert.Equal((DatePrecision.Range, true), (join.Date.Precision, join.Date.Expected));
        Assert.EndsWith("expected to begin", join.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_FromTo_KeepsItemsWhoseSpanOverlaps()
    {
        // June 1992 lies inside the year-only 1992: the signing is kept though its earliest day is before `from`.
        Assert.Equal(["agreement/nafta#dates/0"], (await Timeline(["government/mexico"], new(1992, 6, 1), new(1992, 6, 30))).Page.Items.Select(i => i.Id));
        Assert.Equal(["rel/mexico-member-of-nafta#until"], (await Timeline(["government/mexico"], new(2019, 1, 1), new(2020, 6, 30))).Page.Items.Select(i => i.Id));
        Assert.Equal(MexicoTimeline[^2..], (await Timeline(["government/mexico"], from: new(2025, 1, 1))).Page.Items.Select(i => i.Id));
        Assert.Equal(MexicoTimeline[..3], (await Timeline(["government/mexico"], to: new(1994, 1, 1))).Page.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Timeline_PagesWithOffsets_TogetherTheWholeList()
    {
        var pages = new List<Page<TimelineItem>>();
        for (var offset = 0; offset < 12; offset += 4) pages.Add((await Timeline(["government/mexico"], first: 4, offset: offset)).Page);

        Assert.Equal([4, 4, 2], pages.Select(p => p.Items.Count));
        Assert.Equal([true, true, false], pages.Select(p => p.HasNextPage));
        Assert.All(pages, p => Assert.Equal(MexicoTimeline.Length, p.TotalCount));
        Assert.Equal(MexicoTimeline, pages.SelectMany(p => p.Items).Select(i => i.Id));
    }

    [Fact]
    public async Task Timeline_WholeGraph_EverythingDatedInOrder_KindsFilter()
    {
        var all = (await Timeline()).Page;

        Assert.Empty((await Timeline()).Of);
        Assert.Equal(all.TotalCount, all.Items.Count);
        Assert.True(all.Items.Zip(all.Items.Skip(1)).All(p => TimelineRules.Compare(p.First, p.Second) < 0), "items in timeline order");
        Assert.Superset(MexicoTimeline.ToHashSet(), all.Items.Select(i => i.Id).ToHashSet());
        Assert.Contains(all.Items, i => i.Id == "measure/china-rare-earth-export-controls#date" && i.Kind == TimelineItemKind.Measure);
        // Denied claims have no place on a timeline; the expected membership does.
        Assert.DoesNotContain(all.Items, i => i.Id.StartsWith("rel/japan-member-of-usmca", StringComparison.Ordinal));
        var agreements = (await Timeline(kinds: [TimelineItemKind.Agreement])).Page.Items;
        Assert.Equal(all.Items.Where(i => i.Kind == TimelineItemKind.Agreement).Select(i => i.Id), agreements.Select(i => i.Id));
    }

    [Fact]
    public async Task Timeline_DeniedTie_DoesNotBringItsAgreement()
    {
        // Japan's USMCA membership is denied: the USMCA is not on Japan's timeline; the MSP (a standing membership) is.
        var answer = await Timeline(["government/japan"]);

        Assert.Equal(["agreement/minerals-security-partnership#date", "rel/japan-member-of-msp#since"], answer.Page.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Timeline_UnknownId_NullInOf_NoItems()
    {
        var answer = await Timeline(["government/mexico", "government/atlantis"]);

        Assert.Equal(["government/mexico", "(null)"], Ids(answer.Of));
        Assert.Empty(answer.Page.Items);
    }

    [Fact]
    public async Task Timeline_BadArguments_RefusedNamingTheArgument()
    {
        var tooMany = Enumerable.Range(0, QueryCaps.TimelineIds + 1).Select(i => "government/mexico").ToArray();
        Assert.Equal("ids", (await Assert.ThrowsAnyAsync<ArgumentException>(() => Timeline(tooMany))).ParamName);
        Assert.Equal("from", (await Assert.ThrowsAnyAsync<ArgumentException>(() => Timeline(from: new(2026, 1, 1), to: new(2025, 1, 1)))).ParamName);
        Assert.Equal("first", (await Assert.ThrowsAnyAsync<ArgumentException>(() => Timeline(first: 0))).ParamName);
        Assert.Equal("first", (await Assert.ThrowsAnyAsync<ArgumentException>(() => Timeline(first: QueryCaps.TimelineItems + 1))).ParamName);
    }
}
