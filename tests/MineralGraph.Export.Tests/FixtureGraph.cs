using MineralGraph.Domain.Model;
using MineralGraph.Domain.Seed;
using MineralGraph.Domain.Time;

namespace MineralGraph.Export.Tests;

/// <summary>
/// A small graph made for the writer tests: names with accents, quotes with commas, double quotes and line breaks,
/// a disputed pair, dated and undated ties, an evidence item without a locator, and a control character XML cannot hold.
/// </summary>
public static class FixtureGraph
{
    public static readonly Entity Source = new()
    {
        Id = "source/test-report", Kind = EntityKind.Source, Name = "A report, \"quoted\"", Publisher = "Test Institute",
        Date = new PartialDate(2026, 2), Url = "https://example.org/report", Origin = "external",
    };

    public static SeedGraph Create()
    {
        Entity E(string id, EntityKind kind, string name, params string[] aliases) => new() { Id = id, Kind = kind, Name = name, Aliases = aliases, Description = $"{name}, for tests." };
        var entities = new List<Entity>
        {
            E("government/mexico", EntityKind.Government, "Mexico", "México", "MX"),
            E("government/canada", EntityKind.Government, "Canada"),
            E("official/claudia-sheinbaum", EntityKind.Official, "Claudia Sheinbaum") with { Country = "government/mexico" },
            E("agency/mexico-secretaria-de-economia", EntityKind.Agency, "Secretaría de Economía", "SE") with { Country = "government/mexico" },
            E("mineral/lithium", EntityKind.Mineral, "Lithium", "Li") with { Symbol = "Li", Type = "element" },
            E("agreement/usmca", EntityKind.Agreement, "USMCA", "T-MEC", "CUSMA") with { Type = "trade-agreement", Status = "active", Date = new PartialDate(2020, 7, 1) },
            E("event/odd-characters", EntityKind.Event, "Bell\u0007 meeting") with { Date = new PartialDate(2025) },
            Source,
        };
        Evidence Cite(string quote, string? locator = null) => new(Source.Id, quote, locator) { Source = Source };
        var relations = new List<Relation>
        {
            new() { Id = "rel/sheinbaum-heads-mexico", Kind = RelationKind.HoldsPosition, From = "official/claudia-sheinbaum", To = "government/mexico",
                Role = "President", Since = new PartialDate(2024, 10, 1), IsCurrent = Truth.True, Evidence = [Cite("Sheinbaum, the president, said \"yes\".", "paragraph 1")] },
            new() { Id = "rel/mexico-member-of-usmca", Kind = RelationKind.MemberOf, From = "government/mexico", To = "agreement/usmca",
                Since = new PartialDate(2020, 7, 1), Evidence = [Cite("Mexico is a party;\nsecond line"), Cite("Another quote", "p. 2")] },
            new() { Id = "rel/canada-member-of-usmca", Kind = RelationKind.MemberOf, From = "government/canada", To = "agreement/usmca",
                Since = new PartialDate(2020), Until = new PartialDate(2024, 6), Evidence = [Cite("Canada was a party")] },
            new() { Id = "rel/usmca-covers-lithium-a", Kind = RelationKind.Covers, From = "agreement/usmca", To = "mineral/lithium",
                DisputedBy = ["rel/usmca-covers-lithium-b"], Evidence = [Cite("It covers lithium")] },
            new() { Id = "rel/usmca-covers-lithium-b", Kind = RelationKind.Covers, From = "agreement/usmca", To = "mineral/lithium",
                Note = "A second source disagrees.", DisputedBy = ["rel/usmca-covers-lithium-a"], Evidence = [Cite("It does not cover lithium")] },
            new() { Id = "rel/economia-part-of-mexico", Kind = RelationKind.PartOf, From = "agency/mexico-secretaria-de-economia", To = "government/mexico",
                Evidence = [Cite("the ministry, part of Mexico's government")] },
            new() { Id = "rel/mexico-took-part-in-odd-event", Kind = RelationKind.TookPartIn, From = "government/mexico", To = "event/odd-characters",
                Since = new PartialDate(2025), Until = new PartialDate(2025), Evidence = [Cite("a bell\u0007 rang")] },
        };
        return new SeedGraph(entities, relations);
    }
}
