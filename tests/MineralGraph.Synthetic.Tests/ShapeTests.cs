using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Time;

namespace MineralGraph.Synthetic.Tests;

/// <summary>The graph looks like the real one: every kind, realistic proportions, hubs, mixed dates.</summary>
public sealed class ShapeTests
{
    static SeedGraph Graph => SmallGraph.Graph;

    static int Count(EntityKind kind) => Graph.Entities.Count(e => e.Kind == kind);

    static Dictionary<string, int> Degrees()
    {
        var degrees = Graph.Entities.ToDictionary(e => e.Id, _ => 0, StringComparer.Ordinal);
        foreach (var r in Graph.Relations)
        {
            degrees[r.From]++;
            degrees[r.To]++;
        }
        return degrees;
    }

    static double Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    [Fact]
    public void EveryEntityKindAndRelationKind_IsPresent()
    {
        Assert.All(EntityKinds.All, kind => Assert.True(Count(kind) > 0, $"no {kind}"));
        Assert.All(RelationKinds.All, kind => Assert.Contains(Graph.Relations, r => r.Kind == kind));
    }

    [Fact]
    public void Proportions_FollowThePlan()
    {
        Assert.Equal(200, Count(EntityKind.Government));
        Assert.InRange(Count(EntityKind.Mineral), 55, 65);
        Assert.Contains(Graph.Entities, e => e.Kind == EntityKind.Mineral && e.Type == "group");
        // Companies are the biggest kind; projects and officials next; agreements few.
        var companies = Count(EntityKind.Company);
        Assert.True(companies > Count(EntityKind.Project) && companies > Count(EntityKind.Official));
        Assert.True(Count(EntityKind.Agreement) < Count(EntityKind.Measure));
        Assert.Contains(Graph.Entities, e => e.Kind == EntityKind.Agreement && e.Type is "bloc" or "alliance" && e.Id.StartsWith("agreement/a-"));
    }

    [Fact]
    public void MineralsAndBlocs_AreHubs()
    {
        var degrees = Degrees();
        double MedianOf(EntityKind kind) => Median(Graph.Entities.Where(e => e.Kind == kind).Select(e => degrees[e.Id]));
        Assert.True(MedianOf(EntityKind.Mineral) > 5 * MedianOf(EntityKind.Company),
            $"mineral median {MedianOf(EntityKind.Mineral)}, company median {MedianOf(EntityKind.Company)}");

        var members = Graph.Relations.Where(r => r.Kind == RelationKind.MemberOf).GroupBy(r => r.To).ToDictionary(g => g.Key, g => g.Count());
        var top = members.OrderByDescending(p => p.Value).Take(3).Select(p => p.Key).ToList();
        Assert.Contains("agreement/minerals-security-partnership", top);
        Assert.True(members["agreement/minerals-security-partnership"] > 5 * Median(members.Values));

        // Power-law-ish: the busiest tenth of entities take far more than a tenth of the relation ends.
        var sorted = degrees.Values.OrderDescending().ToList();
        var topTenth = sorted.Take(sorted.Count / 10).Sum();
        Assert.True(topTenth > 0.4 * sorted.Sum(), $"top tenth holds {topTenth} of {sorted.Sum()} ends");
    }

    [Fact]
    public void MineralGroups_HaveMembersThroughPartOf()
    {
        var partOf = Graph.Relations.Where(r => r.Kind == RelationKind.PartOf && r.From.StartsWith("mineral/") && r.To.StartsWith("mineral/")).ToList();
        Assert.Contains(partOf, r => r.From == "mineral/dysprosium" && r.To == "mineral/rare-earth-elements");
        Assert.Contains(partOf, r => r.From == "mineral/platinum" && r.To == "mineral/platinum-group-metals");
        Assert.Contains(partOf, r => r.From == "mineral/platinum-group-metals" && r.To == "mineral/critical-minerals");
    }

    [Fact]
    public void Measures_AreImposedByGovernmentsAndRestrictMinerals()
    {
        var measures = Graph.Entities.Where(e => e.Kind == EntityKind.Measure).Select(e => e.Id).ToHashSet();
        var imposed = Graph.Relations.Where(r => r.Kind == RelationKind.ImposedBy && r.To.StartsWith("government/")).Select(r => r.From).ToHashSet();
        Assert.True(imposed.Count > 0.9 * measures.Count, $"{imposed.Count} of {measures.Count} measures imposed by a government");
        var chinaRestricts = Graph.Relations.Where(r => r.Kind == RelationKind.Restricts && imposed.Contains(r.From)
            && Graph.Relations.Any(i => i.Kind == RelationKind.ImposedBy && i.From == r.From && i.To == "government/china")).ToList();
        Assert.True(chinaRestricts.Count > 20, $"China's measures restrict {chinaRestricts.Count} minerals");
    }

    [Fact]
    public void Dates_AreMixed()
    {
        var relations = Graph.Relations;
        Assert.Contains(relations, r => r.Since is null);
        // Every precision but a month without its year: synthetic ties are all placed on the calendar.
        Assert.All(Enum.GetValues<DatePrecision>().Where(p => p != DatePrecision.MonthWithoutYear), p => Assert.Contains(relations, r => r.Since?.Precision == p));
        Assert.Contains(relations, r => r.Until is not null);
        Assert.All(Enum.GetValues<Truth>(), t => Assert.Contains(relations, r => r.IsCurrent == t));
        // Ended ties are not current.
        Assert.All(relations.Where(r => r.Until is not null && r.Id.StartsWith("rel/r-")), r => Assert.Equal(Truth.False, r.IsCurrent));
        var share = relations.Count(r => r.Since is not null) / (double)relations.Count;
        Assert.InRange(share, 0.25, 0.75);
    }

    [Fact]
    public void Evidence_SometimesHasTwoItemsAndLocators()
    {
        var twoItems = Graph.Relations.Count(r => r.Evidence.Count == 2) / (double)Graph.Relations.Count;
        Assert.InRange(twoItems, 0.15, 0.35);
        Assert.Contains(Graph.Relations, r => r.Evidence.Any(e => e.Locator is not null));
        Assert.True(Graph.Relations.SelectMany(r => r.Evidence).Select(e => e.SourceId).Distinct().Count() > 50);
    }
}
