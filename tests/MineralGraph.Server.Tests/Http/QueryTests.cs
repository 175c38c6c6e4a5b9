using System.Text.Json;
using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Http;

/// <summary>Researchers' questions against the real seed graph, each answer checked for its citations.</summary>
public abstract class QueryTests<TFixture>(TFixture server) : IClassFixture<TFixture> where TFixture : class, IServerFixture
{
    protected HttpClient Client { get; } = server.CreateClient();

    const string EvidenceFields = "evidence { quote locator source { id title publisher author date { value precision } url origin } }";

    static void AssertCited(JsonElement relation, string what)
    {
        var evidence = relation.GetProperty("evidence").EnumerateArray().ToList();
        Assert.True(evidence.Count > 0, $"{what} has no evidence");
        foreach (var e in evidence)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Str("quote")), $"{what} has an empty quote");
            Assert.False(string.IsNullOrWhiteSpace(e.Str("source.title")), $"{what} cites a source without a title");
        }
    }

    [Fact]
    public async Task SecretaryOfEconomy_Mexico_IsEbrardWithQuote()
    {
        var response = await Client.PostGraphQLAsync($$"""
            {
              node(id: "agency/mexico-secretaria-de-economia") {
                name
                relations(kinds: [HOLDS_POSITION], direction: INCOMING) {
                  edges { direction node { role from { id name } {{EvidenceFields}} } }
                }
              }
            }
            """);
        response.AssertOk();
        var secretary = response.Data.Items("node.relations.edges")
            .Single(e => e.Str("node.role").Contains("Secretary of the Economy", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("INCOMING", secretary.Str("direction"));
        Assert.Equal("official/marcelo-ebrard", secretary.Str("node.from.id"));
        var quotes = secretary.Items("node.evidence").Select(e => e.Str("quote")).ToList();
        Assert.Contains(quotes, q => q.Contains("Secretary of the Economy Marcelo Ebrard", StringComparison.Ordinal));
        AssertCited(secretary.GetProperty("node"), "Ebrard's position");
    }

    [Fact]
    public async Task Paths_SheinbaumToMineralsSecurityPartnership_EveryHopCited()
    {
        var response = await Client.PostGraphQLAsync($$"""
            {
              paths(from: "official/claudia-sheinbaum", to: "agreement/minerals-security-partnership", maxHops: 6, first: 3) {
                hops
                steps { from { id } to { id } direction relation { id kind fromId toId {{EvidenceFields}} } }
              }
            }
            """);
        response.AssertOk();
        var paths = response.Data.Items("paths").ToList();
        Assert.NotEmpty(paths);
        foreach (var path in paths)
        {
            var steps = path.Items("steps").ToList();
            Assert.Equal(path.GetProperty("hops").GetInt32(), steps.Count);
            Assert.Equal("official/claudia-sheinbaum", steps[0].Str("from.id"));
            Assert.Equal("agreement/minerals-security-partnership", steps[^1].Str("to.id"));
            for (var i = 0; i < steps.Count; i++)
            {
                var step = steps[i];
                if (i > 0) Assert.Equal(steps[i - 1].Str("to.id"), step.Str("from.id"));
                var forward = step.Str("direction") == "FORWARD";
                Assert.Equal(step.Str("from.id"), step.Str(forward ? "relation.fromId" : "relation.toId"));
                Assert.Equal(step.Str("to.id"), step.Str(forward ? "relation.toId" : "relation.fromId"));
                AssertCited(step.GetProperty("relation"), $"hop {i + 1} ({step.Str("relation.id")})");
            }
        }
    }

    [Fact]
    public async Task Paths_SheinbaumToMineralsSecurityPartnership_ActorChainsFirstStrongestFirstWeakestStepNamed()
    {
        // Main answered first "Mexico holds lithium reserves, the MSP covers lithium" (issue 15): a shared subject, not a tie.
        var response = await Client.PostGraphQLAsync("""
            {
              actors: paths(from: "official/claudia-sheinbaum", to: "agreement/minerals-security-partnership", maxHops: 4, first: 3) {
                strength through explanation nodes { id kind } weakestStep { position strength { score } } steps { strength { score tie reasons } }
              }
              topical: paths(from: "official/claudia-sheinbaum", to: "agreement/minerals-security-partnership", maxHops: 3, through: ANY) {
                strength through nodes { id } weakestStep { position } steps { strength { score tie } }
              }
            }
            """);
        response.AssertOk();
        var paths = response.Data.Items("actors").ToList();
        Assert.Equal(3, paths.Count);
        var strengths = paths.Select(p => p.GetProperty("strength").GetInt32()).ToList();
        Assert.Equal(strengths.OrderDescending(), strengths);
        Assert.Equal(3, paths.Select(p => string.Join(",", p.Items("nodes").Select(n => n.Str("id")))).Distinct().Count());
        foreach (var path in paths)
        {
            Assert.Equal("ACTORS", path.Str("through"));
            Assert.DoesNotContain(path.Items("nodes"), n => n.Str("kind") == "MINERAL");
            var scores = path.Items("steps").Select(s => s.At("strength.score").GetInt32()).ToList();
            Assert.Equal(scores.Min(), path.GetProperty("strength").GetInt32());
            Assert.Equal(scores.IndexOf(scores.Min()), path.At("weakestStep.position").GetInt32());
            Assert.All(path.Items("steps"), s => Assert.Equal("ACTOR", s.At("strength.tie").GetString()));
            Assert.All(path.Items("steps"), s => Assert.Equal(5, s.At("strength.reasons").GetArrayLength()));
            Assert.StartsWith($"Strength {scores.Min()} of 100", path.Str("explanation"));
        }
        // Asked for chains through minerals too, within three hops only the chain through a shared mineral exists.
        var topical = Assert.Single(response.Data.Items("topical"));
        Assert.Equal("ANY", topical.Str("through"));
        Assert.Contains(topical.Items("steps"), s => s.At("strength.tie").GetString() == "TOPICAL");
        Assert.True(topical.GetProperty("strength").GetInt32() < strengths.Min(), "a chain through a shared mineral must rank below the actor chains");
    }

    [Fact]
    public async Task CommonTies_NorthAmericanGovernments_TheAgreementsAllThreeBelongTo()
    {
        var response = await Client.PostGraphQLAsync($$"""
            {
              commonTies(ids: ["government/canada", "government/mexico", "government/united-states"], kinds: [MEMBER_OF], first: 20) {
                entity { id kind } strength weakestTie { with { id } strength { score } }
                ties { with { id } direction strength { score } relation { id kind {{EvidenceFields}} } }
              }
            }
            """);
        response.AssertOk();
        var ties = response.Data.Items("commonTies").ToList();
        Assert.Contains(ties, t => t.Str("entity.id") == "agreement/usmca");
        var strengths = ties.Select(t => t.GetProperty("strength").GetInt32()).ToList();
        Assert.Equal(strengths.OrderDescending(), strengths);
        foreach (var tie in ties)
        {
            var links = tie.Items("ties").ToList();
            Assert.Equal(["government/canada", "government/mexico", "government/united-states"], links.Select(l => l.Str("with.id")).Distinct());
            Assert.All(links, l => Assert.Equal("MEMBER_OF", l.Str("relation.kind")));
            Assert.All(links, l => AssertCited(l.GetProperty("relation"), $"{tie.Str("entity.id")} – {l.Str("with.id")}"));
            Assert.Equal(tie.GetProperty("strength").GetInt32(), tie.At("weakestTie.strength.score").GetInt32());
        }
    }

    [Fact]
    public async Task AlliesSharingCapacity_Refining_AllianceWithTwoMembersEveryLinkCited()
    {
        var response = await Client.PostGraphQLAsync($$"""
            {
              alliesSharingCapacity(stage: REFINING, restrictedBy: "government/china") {
                alliance { id name }
                members {
                  government { id }
                  membership { kind {{EvidenceFields}} }
                  holdings {
                    holder { id } mineral { id } restrictedMineral { id }
                    capacity { kind {{EvidenceFields}} }
                    basedIn { kind {{EvidenceFields}} }
                    groupLink { kind {{EvidenceFields}} }
                  }
                }
                minerals {
                  mineral { id }
                  restriction { kind {{EvidenceFields}} }
                  imposedBy { kind {{EvidenceFields}} }
                }
              }
            }
            """);
        response.AssertOk();
        var alliances = response.Data.Items("alliesSharingCapacity").ToList();
        Assert.Contains(alliances, a => a.Items("members").Count() >= 2 && a.Items("minerals").Any());
        foreach (var alliance in alliances)
        {
            var name = alliance.Str("alliance.name");
            foreach (var member in alliance.Items("members"))
            {
                Assert.Equal("MEMBER_OF", member.Str("membership.kind"));
                AssertCited(member.GetProperty("membership"), $"{name}: membership of {member.Str("government.id")}");
                Assert.NotEmpty(member.Items("holdings"));
                foreach (var holding in member.Items("holdings"))
                {
                    Assert.Equal("REFINES", holding.Str("capacity.kind"));
                    AssertCited(holding.GetProperty("capacity"), $"{name}: capacity of {holding.Str("holder.id")}");
                    if (holding.GetProperty("basedIn").ValueKind != JsonValueKind.Null) AssertCited(holding.GetProperty("basedIn"), "basedIn");
                    if (holding.GetProperty("groupLink").ValueKind != JsonValueKind.Null) AssertCited(holding.GetProperty("groupLink"), "groupLink");
                }
            }
            foreach (var mineral in alliance.Items("minerals"))
            {
                AssertCited(mineral.GetProperty("restriction"), $"restriction of {mineral.Str("mineral.id")}");
                if (mineral.GetProperty("imposedBy").ValueKind != JsonValueKind.Null) AssertCited(mineral.GetProperty("imposedBy"), "imposedBy");
            }
        }
    }

    [Theory]
    [InlineData("T-MEC")]
    [InlineData("cusma")]
    [InlineData("usmca")]
    public async Task Search_Alias_FindsUsmca(string text)
    {
        var response = await Client.PostGraphQLAsync("""
            query($text: String!) { search(text: $text) { score matchedName entity { id name } } }
            """, new { text });
        response.AssertOk();
        var hits = response.Data.Items("search").ToList();
        Assert.NotEmpty(hits);
        Assert.Equal("agreement/usmca", hits[0].Str("entity.id"));
        Assert.Equal(text.Replace("-", "").ToLowerInvariant(), hits[0].Str("matchedName").Replace("-", "").ToLowerInvariant());
        Assert.True(hits[0].GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public async Task DisputedClaims_CanadaMexicoMinerals_BothSidesWithTheirSources()
    {
        var response = await Client.PostGraphQLAsync($$"""
            {
              relation(id: "rel/canada-mexico-action-plan-covers-lithium") {
                id disputed {{EvidenceFields}}
                disputedBy { id disputed denied to { id } {{EvidenceFields}} disputedBy { id } }
              }
            }
            """);
        response.AssertOk();
        var claim = response.Data.GetProperty("relation");
        Assert.True(claim.GetProperty("disputed").GetBoolean());
        // 000's "does not name specific minerals" is the denied claim of the same tie.
        var other = claim.Items("disputedBy").Single(d => d.Str("id") == "rel/canada-mexico-action-plan-not-named-lithium");
        Assert.True(other.GetProperty("disputed").GetBoolean());
        Assert.True(other.GetProperty("denied").GetBoolean());
        Assert.Contains(other.Items("disputedBy"), d => d.Str("id") == "rel/canada-mexico-action-plan-covers-lithium");
        AssertCited(claim, "the lithium claim");
        AssertCited(other, "the no-specific-minerals claim");
        var claimSources = claim.Items("evidence").Select(e => e.Str("source.id")).ToHashSet();
        var otherSources = other.Items("evidence").Select(e => e.Str("source.id")).ToHashSet();
        Assert.Empty(claimSources.Intersect(otherSources));
    }

    [Fact]
    public async Task Relations_MinAmountAndOrderByAmount_MpMaterialsFigures()
    {
        const string query = """
            query($min: AmountAtLeast, $order: RelationOrder) {
              node(id: "company/mp-materials") {
                relations(minAmount: $min, orderBy: $order, first: 100) { edges { node { id amount { value unit qualifier basis text } } } }
              }
            }
            """;
        var usd = await Client.PostGraphQLAsync(query, new { min = new { value = 300_000_000, unit = "USD" } });
        var ordered = await Client.PostGraphQLAsync(query, new { order = "AMOUNT_DESC" });
        var badUnit = await Client.PostGraphQLAsync(query, new { min = new { value = 1, unit = "US dollars" } });
        usd.AssertOk();
        ordered.AssertOk();

        var funds = usd.Data.Items("node.relations.edges").Single();
        Assert.Equal(("rel/dod-funds-mp-materials", 400_000_000d, "USD", "EXACTLY", "a $400 million investment"),
            (funds.Str("node.id"), funds.At("node.amount.value").GetDouble(), funds.Str("node.amount.unit"), funds.Str("node.amount.qualifier"), funds.Str("node.amount.text")));
        // USD before percent (units ordinal), then the ties without a figure.
        Assert.Equal(["rel/dod-funds-mp-materials", "rel/dod-owns-mp-materials-stake"],
            ordered.Data.Items("node.relations.edges").Take(2).Select(e => e.Str("node.id")));
        Assert.Equal(JsonValueKind.Null, ordered.Data.Items("node.relations.edges").Last().At("node.amount").ValueKind);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, badUnit.Status);
        Assert.Contains("minAmount.unit: 'US dollars' is not a unit", badUnit.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relations_DeniedClaimsAndAttribution_AsTheSourcesSay()
    {
        var response = await Client.PostGraphQLAsync("""
            {
              denied: node(id: "agreement/canada-mexico-action-plan") { relations(denied: true, first: 100) { edges { node { id denied from { id } } } } }
              attributed: relation(id: "rel/us-canada-alliance-covers-critical-minerals") { evidence { quote reportedBy } }
              expected: relation(id: "rel/canada-member-of-canada-mexico-action-plan") { isCurrent validity since { value text expected earliest latest precision } }
            }
            """);
        response.AssertOk();
        var denied = response.Data.Items("denied.relations.edges").ToList();
        Assert.Equal(["rel/canada-mexico-action-plan-not-named-cobalt", "rel/canada-mexico-action-plan-not-named-lithium",
            "rel/canada-mexico-action-plan-not-named-nickel", "rel/canada-mexico-action-plan-not-named-rare-earth-elements",
            "rel/us-not-member-of-canada-mexico-action-plan"], denied.Select(e => e.Str("node.id")).Order(StringComparer.Ordinal));
        Assert.All(denied, e => Assert.True(e.At("node.denied").GetBoolean()));
        var reuters = response.Data.Items("attributed.evidence").Single(e => e.Str("quote").StartsWith("According to Reuters", StringComparison.Ordinal));
        Assert.Equal("Reuters", reuters.Str("reportedBy"));
        var since = response.Data.At("expected.since");
        Assert.Equal(("2026-07-01/2026-12-31", "second half of 2026", true, "RANGE", "2026-07-01", "2026-12-31"),
            (since.Str("value"), since.Str("text"), since.GetProperty("expected").GetBoolean(), since.Str("precision"), since.Str("earliest"), since.Str("latest")));
        Assert.Equal("INVALID", response.Data.At("expected").Str("validity"));
    }

    [Fact]
    public async Task Relations_AsOfAfterNaftaEnded_LeavesMembershipOut()
    {
        const string query = """
            query($asOf: Date) {
              node(id: "government/mexico") { relations(kinds: [MEMBER_OF], asOf: $asOf, first: 100) { edges { node { id validity } } } }
            }
            """;
        var before = await Client.PostGraphQLAsync(query, new { asOf = "2019-06-01" });
        var after = await Client.PostGraphQLAsync(query, new { asOf = "2021-01-01" });
        before.AssertOk();
        after.AssertOk();
        var nafta = before.Data.Items("node.relations.edges").Single(e => e.Str("node.id") == "rel/mexico-member-of-nafta");
        Assert.Equal("VALID", nafta.Str("node.validity"));
        Assert.DoesNotContain(after.Data.Items("node.relations.edges"), e => e.Str("node.id") == "rel/mexico-member-of-nafta");
    }

    [Fact]
    public async Task Relations_UnknownDates_KeptAndFlaggedUnknown()
    {
        var response = await Client.PostGraphQLAsync("""
            { node(id: "official/marcelo-ebrard") { relations(kinds: [HOLDS_POSITION], asOf: "2025-10-01") { edges { node { id since { value } validity } } } } }
            """);
        response.AssertOk();
        var position = response.Data.Items("node.relations.edges").Single();
        Assert.Equal(JsonValueKind.Null, position.At("node.since").ValueKind);
        Assert.Equal("UNKNOWN", position.Str("node.validity"));
    }

    [Fact]
    public async Task Node_Official_ResolvesCountryAsGovernment()
    {
        var response = await Client.PostGraphQLAsync("""
            { node(id: "official/claudia-sheinbaum") { kind ... on Official { country { id kind ... on Government { iso } } } } }
            """);
        response.AssertOk();
        Assert.Equal("OFFICIAL", response.Data.Str("node.kind"));
        Assert.Equal("government/mexico", response.Data.Str("node.country.id"));
        Assert.Equal("GOVERNMENT", response.Data.Str("node.country.kind"));
    }

    [Fact]
    public async Task Nodes_UnknownId_NullAtItsIndexWithNotFound()
    {
        var response = await Client.PostGraphQLAsync("""{ nodes(ids: ["government/mexico", "government/atlantis"]) { id } }""");
        var nodes = response.Data.Items("nodes").ToList();
        Assert.Equal("government/mexico", nodes[0].Str("id"));
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        var error = Assert.Single(response.Errors);
        Assert.Equal("NOT_FOUND", error.Str("extensions.code"));
        Assert.Equal("[\"nodes\",1]", error.GetProperty("path").GetRawText());
        Assert.Contains("government/atlantis", error.Str("message"));
    }

    [Fact]
    public async Task Governments_CursorPagination_PagesDoNotOverlap()
    {
        const string query = """
            query($after: String) { governments(first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }
            """;
        var first = await Client.PostGraphQLAsync(query, new { after = (string?)null });
        first.AssertOk();
        var page1 = first.Data.Items("governments.edges").Select(e => e.Str("node.id")).ToList();
        Assert.Equal(5, page1.Count);
        Assert.True(first.Data.At("governments.pageInfo.hasNextPage").GetBoolean());
        Assert.True(first.Data.At("governments.totalCount").GetInt32() > 5);
        var second = await Client.PostGraphQLAsync(query, new { after = first.Data.Str("governments.pageInfo.endCursor") });
        second.AssertOk();
        var page2 = second.Data.Items("governments.edges").Select(e => e.Str("node.id")).ToList();
        Assert.NotEmpty(page2);
        Assert.Empty(page1.Intersect(page2));
    }

    [Fact]
    public async Task Officials_FilteredByCountry_OnlyThatCountry()
    {
        var response = await Client.PostGraphQLAsync("""
            { officials(country: "government/mexico", first: 50) { nodes { id country { id } } } }
            """);
        response.AssertOk();
        var officials = response.Data.Items("officials.nodes").ToList();
        Assert.Contains(officials, o => o.Str("id") == "official/marcelo-ebrard");
        Assert.All(officials, o => Assert.Equal("government/mexico", o.Str("country.id")));
    }

    [Fact]
    public async Task Neighbourhood_Depth2_EdgesJoinReturnedNodes()
    {
        var response = await Client.PostGraphQLAsync("""
            {
              neighbourhood(id: "government/mexico", depth: 2) {
                truncated center { id }
                nodes { id kind label }
                edges { id source target kind label validity evidence { quote } }
              }
            }
            """);
        response.AssertOk();
        var hood = response.Data.GetProperty("neighbourhood");
        Assert.Equal("government/mexico", hood.Str("center.id"));
        var ids = hood.Items("nodes").Select(n => n.Str("id")).ToHashSet();
        Assert.Contains("government/mexico", ids);
        Assert.True(ids.Count > 5, "depth 2 around Mexico should reach more than five entities");
        var edges = hood.Items("edges").ToList();
        Assert.NotEmpty(edges);
        Assert.All(edges, e =>
        {
            Assert.Contains(e.Str("source"), ids);
            Assert.Contains(e.Str("target"), ids);
            Assert.NotEmpty(e.Items("evidence"));
        });
    }

    [Fact]
    public async Task Stats_CountsByKindAddUp()
    {
        var response = await Client.PostGraphQLAsync("{ stats { entities relations evidence entitiesByKind { kind count } relationsByKind { kind count } } }");
        response.AssertOk();
        var stats = response.Data.GetProperty("stats");
        Assert.Equal(stats.GetProperty("entities").GetInt32(), stats.Items("entitiesByKind").Sum(k => k.GetProperty("count").GetInt32()));
        Assert.Equal(stats.GetProperty("relations").GetInt32(), stats.Items("relationsByKind").Sum(k => k.GetProperty("count").GetInt32()));
        Assert.True(stats.GetProperty("evidence").GetInt32() >= stats.GetProperty("relations").GetInt32());
    }
}
