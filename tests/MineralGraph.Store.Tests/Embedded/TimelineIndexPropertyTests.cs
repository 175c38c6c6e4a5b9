using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Time;
using MineralGraph.Domain.Timeline;
using MineralGraph.Store.Embedded;
using MineralGraph.Store.Embedded.Indexes;
using MineralGraph.Synthetic;

namespace MineralGraph.Store.Tests.Embedded;

/// <summary>
/// The embedded store's sorted timelines (<see cref="TimelineIndex"/>: binary-searched bounds, kinds, totals, pages)
/// against the plain rule (<see cref="TimelineRules.Candidates"/> then <see cref="TimelineRules.Answer"/> over every
/// relation) on a dense synthetic graph, some of whose ties are dated by long periods or by a month without a year.
/// </summary>
public sealed class TimelineIndexPropertyTests
{
    static readonly (Entity[] Entities, Relation[] Relations) Graph = Build();
    static readonly Dictionary<string, Entity> ById = Graph.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
    static readonly EmbeddedGraphStore Store = new(new EmbeddedGraph(Graph.Entities, Graph.Relations));

    static (Entity[], Relation[]) Build()
    {
        var seed = SyntheticGraph.Generate(new SyntheticGraphOptions { Seed = 17, Entities = 1_000, Relations = 40_000 });
        var random = new Random(1717);
        // Long periods (an item starting years before `from` still overlaps it) and unplaced months (never kept by a bound).
        var relations = seed.Relations.Select(r => random.Next(20) switch
        {
            0 => r with { Since = PartialDate.Parse($"{1990 + random.Next(30)}-0{1 + random.Next(9)}/{2020 + random.Next(6)}") },
            1 => r with { Until = PartialDate.Parse($"XXXX-0{1 + random.Next(9)}") },
            2 => r with { Since = PartialDate.Parse($"{2000 + random.Next(25)}") },
            _ => r,
        }).ToArray();
        return (seed.Entities.ToArray(), relations);
    }

    static TimelineAnswer Plain(TimelineQuery query)
    {
        var byId = ById;
        if (query.IsWholeGraph)
        {
            var all = Graph.Relations.SelectMany(r => TimelineRules.ItemsOf(r, byId[r.From], byId[r.To])).Concat(Graph.Entities.SelectMany(TimelineRules.ItemsOf));
            return TimelineRules.Answer(query, [], all);
        }
        var of = query.Ids!.Select(id => byId[id]).ToList();
        var asked = query.Ids!.ToHashSet(StringComparer.Ordinal);
        var touching = Graph.Relations.Where(r => asked.Contains(r.From) || asked.Contains(r.To)).Select(r => (r, byId[r.From], byId[r.To]));
        return TimelineRules.Answer(query, of, TimelineRules.Candidates(of, touching));
    }

    [Fact]
    public async Task Timeline_RandomQueries_MatchThePlainRule()
    {
        var degrees = Graph.Relations.SelectMany(r => new[] { r.From, r.To }).CountBy(id => id).ToDictionary();
        var connected = Graph.Entities.Where(e => degrees.GetValueOrDefault(e.Id) >= TimelineIndex.KeptFromTies).Select(e => e.Id).ToList();
        var ordinary = Graph.Entities.Where(e => degrees.GetValueOrDefault(e.Id) is > 0 and < TimelineIndex.KeptFromTies).Select(e => e.Id).ToList();
        Assert.True(connected.Count >= 10, $"only {connected.Count} entities with {TimelineIndex.KeptFromTies}+ ties");
        Assert.NotEmpty(ordinary);
        var random = new Random(20261202);
        var kinds = Enum.GetValues<TimelineItemKind>();
        var nonEmptyFiltered = 0;
        for (var n = 0; n < 400; n++)
        {
            IReadOnlyList<string>? ids = (n % 5) switch
            {
                0 => null,
                1 => [ordinary[random.Next(ordinary.Count)]],
                4 => Enumerable.Range(0, 1 + random.Next(3)).Select(_ => connected[random.Next(connected.Count)]).Distinct().Append(ordinary[random.Next(ordinary.Count)]).ToList(),
                _ => [connected[random.Next(connected.Count)]],
            };
            DateOnly? from = random.Next(3) == 0 ? null : new DateOnly(1995 + random.Next(32), 1 + random.Next(12), 1 + random.Next(28));
            DateOnly? to = random.Next(3) == 0 ? null : (from ?? new DateOnly(1995, 1, 1)).AddDays(random.Next(4000));
            var query = new TimelineQuery
            {
                Ids = ids,
                From = from,
                To = to,
                Kinds = random.Next(3) == 0 ? kinds.Where(_ => random.Next(2) == 0).ToList() : null,
                First = 1 + random.Next(QueryCaps.TimelineItems),
                Offset = random.Next(4) == 0 ? 0 : random.Next(300),
            };
            var expected = Plain(query);
            var actual = await Store.GetTimelineAsync(query);
            var what = $"query {n}: ids [{string.Join(", ", ids ?? [])}], from {from}, to {to}, kinds [{string.Join(", ", query.Kinds ?? [])}], first {query.First}, offset {query.Offset}";
            Assert.True(expected.Page.TotalCount == actual.Page.TotalCount, $"{what}: total {actual.Page.TotalCount}, the rule says {expected.Page.TotalCount}");
            Assert.True(expected.Page.HasNextPage == actual.Page.HasNextPage, $"{what}: hasNextPage {actual.Page.HasNextPage}");
            Assert.Equal(expected.Page.Items.Select(i => i.Id), actual.Page.Items.Select(i => i.Id));
            Assert.Equal(expected.Page.Items, actual.Page.Items);
            Assert.Equal(expected.Of.Select(e => e?.Id), actual.Of.Select(e => e?.Id));
            if ((from ?? to) is not null && actual.Page.Items.Count > 0) nonEmptyFiltered++;
        }
        Assert.True(nonEmptyFiltered > 50, $"only {nonEmptyFiltered} bounded queries had items");
    }

    [Fact]
    public async Task Timeline_GraphHasLongPeriodsAndUnplacedMonths_BothOnTheWholeTimeline()
    {
        var all = (await Store.GetTimelineAsync(new TimelineQuery { First = 1 })).Page.TotalCount!.Value;
        var items = new List<TimelineItem>();
        for (var offset = 0; offset < all; offset += 100) items.AddRange((await Store.GetTimelineAsync(new TimelineQuery { First = 100, Offset = offset })).Page.Items);
        Assert.Equal(all, items.Count);
        Assert.Contains(items, i => i.Date.Precision == DatePrecision.Range && i.Date.Latest.Year - i.Date.Earliest.Year >= 10);
        Assert.Contains(items, i => !i.Date.IsPlaced);
        Assert.True(Enum.GetValues<TimelineItemKind>().All(k => items.Any(i => i.Kind == k)), "every kind of item is on the timeline");
    }

    [Fact]
    public void DateKey_OrdersAsTheRuleDoes()
    {
        var dates = new[] { "2020", "2020-01", "2020-01-01", "2019-12-31", "2019/2021", "2020-01/2020-03", "XXXX-02", "XXXX-01", "2020-06-30", "0001", "9999-12-31" }
            .Select(PartialDate.Parse).ToList();
        foreach (var a in dates)
        {
            foreach (var b in dates)
            {
                var byKey = Math.Sign(TimelineRules.DateKey(a).CompareTo(TimelineRules.DateKey(b)));
                var byDays = a.IsPlaced != b.IsPlaced ? (a.IsPlaced ? -1 : 1)
                    : !a.IsPlaced ? Math.Sign((a.Month ?? 0).CompareTo(b.Month ?? 0))
                    : a.Earliest != b.Earliest ? Math.Sign(a.Earliest.CompareTo(b.Earliest))
                    : Math.Sign((a.Latest.DayNumber - a.Earliest.DayNumber).CompareTo(b.Latest.DayNumber - b.Earliest.DayNumber));
                Assert.True(byKey == byDays, $"{a} vs {b}: key says {byKey}, days say {byDays}");
            }
        }
    }
}
