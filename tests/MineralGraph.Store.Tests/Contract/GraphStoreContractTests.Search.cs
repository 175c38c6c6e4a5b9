using MineralGraph.Domain.Model;
using MineralGraph.Domain.Store;
using MineralGraph.Domain.Text;

namespace MineralGraph.Store.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    // Scores: base (100 the query itself, 85 its words whole and in order, 70 whole in another order, 55 word beginnings only) + 10 on the primary name - 0.01 × folded length.
    const int ScorePrecision = 9;

    async Task<SearchHit> OnlyHit(string text, IReadOnlyCollection<EntityKind>? kinds = null)
    {
        var hits = await Store.SearchAsync(new SearchQuery(text, kinds));
        return Assert.Single(hits);
    }

    [Theory]
    [InlineData("T-MEC", "T-MEC")]
    [InlineData("tmec", "T-MEC")]
    [InlineData("t mec", "T-MEC")]
    [InlineData("cusma", "CUSMA")]
    [InlineData("USMCA", "USMCA")]
    public async Task Search_UsmcaAliases_FindUsmcaExactly(string text, string matched)
    {
        var hit = await OnlyHit(text);

        Assert.Equal("agreement/usmca", hit.Entity.Id);
        Assert.Equal(matched, hit.MatchedName);
        Assert.Equal(100 - 0.01 * matched.Length, hit.Score, ScorePrecision);
    }

    [Fact]
    public async Task Search_Sheinb_FindsClaudiaSheinbaumByPrimaryName()
    {
        var hit = await OnlyHit("sheinb");

        Assert.Equal("official/claudia-sheinbaum", hit.Entity.Id);
        Assert.Equal("Claudia Sheinbaum", hit.MatchedName);
        Assert.Equal(55 + 10 - 0.17, hit.Score, ScorePrecision);
    }

    [Fact]
    public async Task Search_SecretariaDeEconomiaWithoutAccents_FindsAgencyExactly()
    {
        var hit = await OnlyHit("secretaria de economia");

        Assert.Equal("agency/mexico-secretaria-de-economia", hit.Entity.Id);
        Assert.Equal("Secretaría de Economía", hit.MatchedName);
        Assert.Equal(100 + 10 - 0.22, hit.Score, ScorePrecision);
    }

    [Fact]
    public async Task Search_AccentedAlias_MatchesFromUnaccentedQuery()
    {
        var hit = await OnlyHit("PLAN DE ACCION");

        Assert.Equal("agreement/critical-minerals-action-plan", hit.Entity.Id);
        Assert.Equal("Plan de Acción de Minerales Críticos", hit.MatchedName);
        Assert.Equal(85 - 0.36, hit.Score, ScorePrecision);
    }

    [Fact]
    public async Task Search_CompactPrefixAcrossWords_MatchesAsWordBeginnings()
    {
        var hit = await OnlyHit("claudiash");

        Assert.Equal("official/claudia-sheinbaum", hit.Entity.Id);
        Assert.Equal(55 + 10 - 0.17, hit.Score, ScorePrecision);
    }

    [Fact]
    public async Task Search_Mexico_RanksExactThenWholeWordThenById()
    {
        var hits = await Store.SearchAsync(new SearchQuery("mexico"));

        // Both other names hold "mexico" as a whole word and are 37 characters long: the id decides.
        Assert.Equal(["government/mexico", "agreement/usmca", "event/mexico-city-meeting"], Ids(hits.Select(h => h.Entity)));
        Assert.Equal("Mexico", hits[0].MatchedName); // the primary name beats the equal alias "México"
        Assert.Equal(110 - 0.06, hits[0].Score, ScorePrecision);
        Assert.Equal(95 - 0.37, hits[1].Score, ScorePrecision);
        Assert.Equal(95 - 0.37, hits[2].Score, ScorePrecision);
    }

    [Fact]
    public async Task Search_WordsInAnyOrder_MatchTheSameName()
    {
        var inOrder = await Store.SearchAsync(new SearchQuery("rare earth"));
        var reversed = await Store.SearchAsync(new SearchQuery("earth rare"));

        Assert.Equal(["mineral/rare-earth-elements", "measure/china-rare-earth-export-controls"], Ids(inOrder.Select(h => h.Entity)));
        // The primary name holds both words whole; the shorter alias "rare earths" only begins with "earth".
        Assert.Equal("Rare earth elements", inOrder[0].MatchedName);
        Assert.Equal(95 - 0.19, inOrder[0].Score, ScorePrecision);
        Assert.Equal(["mineral/rare-earth-elements", "measure/china-rare-earth-export-controls"], Ids(reversed.Select(h => h.Entity)));
        // Reversed, the words are still whole but no longer in order.
        Assert.Equal("Rare earth elements", reversed[0].MatchedName);
        Assert.Equal(80 - 0.19, reversed[0].Score, ScorePrecision);
        Assert.Equal(80 - 0.33, reversed[1].Score, ScorePrecision);
    }

    [Fact]
    public async Task Search_AliasOnly_ReportsTheAlias()
    {
        var hit = await OnlyHit("mofcom");

        Assert.Equal("agency/china-mofcom", hit.Entity.Id);
        Assert.Equal("MOFCOM", hit.MatchedName);
        Assert.Equal(100 - 0.06, hit.Score, ScorePrecision);
    }

    [Fact]
    public async Task Search_KindsFilterAndFirst_Apply()
    {
        var agreements = await Store.SearchAsync(new SearchQuery("mexico", [EntityKind.Agreement]));
        var firstOnly = await Store.SearchAsync(new SearchQuery("mexico", First: 1));
        var emptyKinds = await Store.SearchAsync(new SearchQuery("mexico", []));

        Assert.Equal(["agreement/usmca"], Ids(agreements.Select(h => h.Entity)));
        Assert.Equal(["government/mexico"], Ids(firstOnly.Select(h => h.Entity)));
        Assert.Equal(3, emptyKinds.Count);
    }

    [Fact]
    public async Task Search_TiesOnScore_OrderByFoldedNameThenId()
    {
        // Both measures carry the alias "China's export controls": equal scores, so the primary names decide.
        var hits = await Store.SearchAsync(new SearchQuery("China's export controls"));

        Assert.Equal(["measure/china-graphite-export-controls", "measure/china-rare-earth-export-controls"], Ids(hits.Select(h => h.Entity)));
        Assert.All(hits, h => Assert.Equal("China's export controls", h.MatchedName));
        Assert.All(hits, h => Assert.Equal(100 - 0.22, h.Score, ScorePrecision));
    }

    [Fact]
    public async Task Search_NothingMatches_ReturnsEmpty()
    {
        Assert.Empty(await Store.SearchAsync(new SearchQuery("xylophone")));
        Assert.Empty(await Store.SearchAsync(new SearchQuery("sheinbaumx")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("--!?")]
    public async Task Search_TextWithoutLettersOrDigits_Throws(string text)
    {
        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SearchAsync(new SearchQuery(text)));
        Assert.Contains("letters or digits", error.Message);
    }

    [Fact]
    public async Task Search_TextOverTheLimit_Throws()
    {
        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SearchAsync(new SearchQuery(new string('a', SearchText.MaxLength + 1))));
        Assert.Contains("201 characters long; at most 200", error.Message);
    }

    /// <summary>Texts up to the limit that stress the index: long words, long phrases, many words, accents, digits.</summary>
    public static TheoryData<string, string> LongTexts()
    {
        static string Fill(string phrase) => string.Concat(Enumerable.Repeat(phrase, SearchText.MaxLength / phrase.Length + 1))[..SearchText.MaxLength];
        var texts = new TheoryData<string, string>
        {
            { "the issue's phrase, repeated", Fill("Canada and Mexico agreed on lithium ") },
            { "one word of 200 letters", new string('a', SearchText.MaxLength) },
            { "a real name run on without spaces", Fill("secretariadeeconomia") },
            { "a real name, then padding", ("Secretaría de Economía " + new string('x', SearchText.MaxLength)).Substring(0, SearchText.MaxLength) },
            { "a hundred one-letter words", Fill("m ") },
            { "accents and digits", Fill("Économie 2026 Niño ") },
            { "punctuation between every letter", Fill("t-m-e-c.") },
        };
        // And generated ones: words drawn from the contract seed's names, cut anywhere, up to the limit.
        var random = new Random(14);
        string[] pieces = ["mexico", "canada", "usmca", "t-mec", "sheinbaum", "claudia", "secretaría", "economía", "china", "export", "controls", "lithium", "plan", "acción", "x", "9"];
        for (var i = 0; i < 12; i++)
        {
            var text = new System.Text.StringBuilder();
            while (text.Length < SearchText.MaxLength) text.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(4) == 0 ? "" : " ");
            texts.Add($"generated {i}", text.ToString()[..random.Next(1, SearchText.MaxLength + 1)]);
        }
        return texts;
    }

    /// <summary>
    /// Every accepted text gets the answer of the reference: the embedded store on the same graph (whose rules are the
    /// documented ones; on Neo4j a long query once broke the full-text index instead).
    /// </summary>
    [Theory]
    [MemberData(nameof(LongTexts))]
    public async Task Search_TextsUpToTheLimit_AnswerAsTheReference(string why, string text)
    {
        var expected = await Reference.Value.SearchAsync(new SearchQuery(text, First: 100));
        var hits = await Store.SearchAsync(new SearchQuery(text, First: 100));
        Assert.True(expected.Select(h => (h.Entity.Id, h.MatchedName)).SequenceEqual(hits.Select(h => (h.Entity.Id, h.MatchedName))),
            $"{why}: expected [{string.Join(", ", expected.Select(h => h.Entity.Id))}], got [{string.Join(", ", hits.Select(h => h.Entity.Id))}]");
    }

    static readonly Lazy<IGraphStore> Reference = new(() => new MineralGraph.Store.Embedded.EmbeddedGraphStore(ContractSeed.Graph));
}
