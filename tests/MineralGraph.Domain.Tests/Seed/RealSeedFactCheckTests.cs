using MineralGraph.Domain.Model;
using MineralGraph.Domain.Time;
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

    static Entity EntityOf(string id) => RealSeed.Seed.Entities.Single(e => e.Id == id);

    static Relation RelationOf(string id) => RealSeed.Seed.Relations.Single(r => r.Id == id);

    [Fact]
    public void FebruaryMeeting_HasAMonthButNoYear()     // correction 2
    {
        var date = EntityOf("event/canada-mexico-meeting-mexico-city-2026-02").Date!.Value;

        Assert.Equal(("XXXX-02", "February", false), (date.ToString(), date.Text, date.IsPlaced));
        Assert.DoesNotContain("(2026)", EntityOf("agreement/canada-mexico-action-plan").Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task October2025RareEarthControls_DatedStepsSayTheLicencesNeverStarted()     // correction 5
    {
        var measure = EntityOf("measure/china-rare-earth-export-controls-2025-10");

        Assert.Equal(("2025-10-09", DateRole.Announced), (measure.Date!.Value.ToString(), measure.Date.Value.Role));
        Assert.Equal(["2025-11-08 in-force expected", "2025-11-07 suspended", "2026-11-10 suspension-ends expected"],
            measure.Dates.Select(d => $"{d} {d.Role!.Value.Name()}{(d.Expected ? " expected" : "")}"));
        var store = RealSeed.Store();
        foreach (var element in new[] { "holmium", "erbium", "thulium", "europium", "ytterbium" })
        {
            var id = $"rel/china-rare-earth-controls-2025-10-restricts-{element}";
            Assert.True(RelationOf(id).Since!.Value.Expected);
            var listed = Assert.Single(await store.GetRelationsAsync([new() { EntityId = $"mineral/{element}", AsOf = new(2025, 12, 1) }])).Items;
            Assert.DoesNotContain(listed, r => r.Id == id);
        }
    }

    [Theory]     // correction 7
    [InlineData("rel/canada-member-of-canada-mexico-action-plan", "second half of 2026")]
    [InlineData("rel/mexico-member-of-canada-mexico-action-plan", "second half of 2026")]
    [InlineData("rel/canada-member-of-usmca-2026-review", "2026")]
    [InlineData("rel/mexico-member-of-usmca-2026-review", "2026")]
    [InlineData("rel/us-member-of-usmca-2026-review", "2026")]
    public void PartiesToPlansStillToCome_AreExpectedNotCurrent(string id, string words)
    {
        var relation = RelationOf(id);

        Assert.NotEqual(Truth.True, relation.IsCurrent);
        Assert.True(relation.Since!.Value.Expected);
        Assert.Equal(words, relation.Since.Value.Text);
        Assert.Equal(Validity.Invalid, relation.ValidityOn(new DateOnly(2027, 6, 1)));
    }

    [Fact]
    public void AnnouncementNamingNoMinerals_IsDeniedCoverage_DisputingEachAffirmedClaim()
    {
        var denied = RealSeed.Seed.Relations.Where(r => r.Denied && r.From == "agreement/canada-mexico-action-plan" && r.Kind == RelationKind.Covers).ToList();

        Assert.Equal(["mineral/cobalt", "mineral/lithium", "mineral/nickel", "mineral/rare-earth-elements"], denied.Select(r => r.To).Order(StringComparer.Ordinal));
        foreach (var claim in denied)
        {
            var affirmed = RelationOf($"rel/canada-mexico-action-plan-covers-{claim.To["mineral/".Length..]}");
            Assert.Contains(affirmed.Id, claim.DisputedBy);
            Assert.Contains(claim.Id, affirmed.DisputedBy);
        }
        Assert.DoesNotContain(RealSeed.Seed.Relations, r => r.Id == "rel/canada-mexico-action-plan-names-no-specific-minerals");
    }

    [Fact]
    public void UnitedStates_IsDeniedMembershipOfTheBilateralPlan()
    {
        var claim = RelationOf("rel/us-not-member-of-canada-mexico-action-plan");

        Assert.True(claim.Denied);
        Assert.Contains("not formally part", claim.Evidence.Single().Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rel/canada-us-joint-action-plan-2020-affects-canada", 70_000_000, "USD", AmountQualifier.MoreThan)]
    [InlineData("rel/dod-funds-mp-materials", 400_000_000, "USD", AmountQualifier.Exactly)]
    [InlineData("rel/dod-owns-mp-materials-stake", 15, "percent", AmountQualifier.About)]
    [InlineData("rel/canada-funds-src-rare-earth-processing-facility", 30_000_000, "CAD", AmountQualifier.Exactly)]
    public void FiguresTheSourcesGive_AreAmounts(string id, decimal value, string unit, AmountQualifier qualifier)
    {
        var amount = RelationOf(id).Amount!;

        Assert.Equal((value, unit, qualifier), (amount.Value, amount.Unit, amount.Qualifier));
    }

    [Theory]
    [InlineData("Mexican reporting frames", "Mexican reporting")]
    [InlineData("According to Reuters", "Reuters")]
    [InlineData("Officials have stressed", "officials")]
    public void AttributedWords_SayWhoTheyAreAttributedTo(string words, string reportedBy)
    {
        var evidence = RealSeed.Seed.Relations.SelectMany(r => r.Evidence).Where(e => e.Quote.Contains(words, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(reportedBy, e.ReportedBy));
    }
}
