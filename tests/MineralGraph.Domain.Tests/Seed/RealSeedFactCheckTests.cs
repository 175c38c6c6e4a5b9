using MineralGraph.Domain.Model;
using MineralGraph.Testing;

namespace MineralGraph.Domain.Tests.Seed;

/// <summary>The corrections of the graph-seed fact-check (graph-seed/FACT-CHECK.md), each held in place.</summary>
public sealed class RealSeedFactCheckTests
{
    
    static IEnumerable<Relation> Relations(RelationKind kind, string? from = null, string? to = null) =>
        RealSeed.Seed.Relations.Where(r => r.Kind == kind && (from is null || r.From == from) && (to is null || r.To == to));

    [Fact]
    public void EbrardAndLeBlanc_MetInAMeetingOfTheirOwn_NotAtTheFebruaryMeetingInMexicoCity()
    {
        Assert.DoesNotContain(Relations(RelationKind.TookPartIn, to: "event/canada-mexico-meeting-mexico-city-2026-02"),
            r => r.From.StartsWith("official/", StringComparison.Ordinal));
        Assert.Equal(["official/dominic-leblanc", "official/marcelo-ebrard"],
            Relations(RelationKind.TookPartIn, to: "event/ebrard-leblanc-meeting").Select(r => r.From).Order(StringComparer.Ordinal));
        var meeting = RealSeed.Seed.Entities.Single(e => e.Id == "event/ebrard-leblanc-meeting");
        Assert.Equal((null, null), (meeting.Date, meeting.Place));
    }

    [Theory]
    [InlineData("provide a model")]     // 002: "could also provide a model for a future North American metals passport"
    [InlineData("setting the stage")]
    public void Possibilities_AreNotTies(string words)
    {
        Assert.DoesNotContain(RealSeed.Seed.Relations, r => r.Evidence.Any(e => e.Quote.Contains(words, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void OutsideAnnouncements_AreNotPartOfTheExportRestrictionsOfDocument004()
    {
        Assert.Empty(Relations(RelationKind.PartOf, to: "measure/china-export-restrictions-critical-minerals"));
    }

    [Fact]
    public void October2025RareEarthControls_AreSuspendedAndRestrictNothingNow()
    {
        const string measure = "measure/china-rare-earth-export-controls-2025-10";
        Assert.Equal("suspended", RealSeed.Seed.Entities.Single(e => e.Id == measure).Status);
        var restricts = Relations(RelationKind.Restricts, from: measure).ToList();
        Assert.Equal(5, restricts.Count);
        Assert.All(restricts, r => Assert.Equal(Truth.False, r.IsCurrent));
        Assert.All(restricts, r => Assert.Contains(r.Evidence, e => e.Quote.Contains("Announcement No. 57", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("government/germany")]
    [InlineData("government/estonia")]
    [InlineData("government/finland")]
    [InlineData("government/sweden")]
    public void NatoMembersInTheGraph_AreShownAsMembers(string government)
    {
        Assert.Single(Relations(RelationKind.MemberOf, from: government, to: "agreement/nato"));
    }
}
