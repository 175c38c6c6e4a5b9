using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Curation;

/// <summary>The change log over HTTP: <c>latestSequence</c>, <c>changes</c>, and the Atom feeds, read by real parsers.</summary>
public abstract partial class CurationHttpTests<TFixture>
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    const string Changes = """
        query($since: Int, $ids: [ID!], $kinds: [ChangeOperation!], $first: Int, $after: String) {
          changes(since: $since, ids: $ids, kinds: $kinds, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { sequence operation kind summary actor targets before after }
          }
        }
        """;

    async Task<int> LatestAsync() => (await Client.PostGraphQLAsync("{ latestSequence }")).AssertOk().Data.At("latestSequence").GetInt32();

    /// <summary>A new source, company and PRODUCES tie (three changes), after <paramref name="since"/>.</summary>
    async Task<(string Source, string Company, string Relation)> NewTieAsync(string suffix)
    {
        var source = await NewSourceAsync(suffix);
        var company = await NewCompanyAsync(suffix);
        var relation = (await CurateAsync(AssertRelation, Produces(company, source))).AssertOk().Data.Str("assertRelation.relation.id");
        return (source, company, relation);
    }

    [Fact]
    public async Task Changes_SinceLatest_ByIdAndKind_PagedByCursor_WithSummaries()
    {
        var since = await LatestAsync();
        var (source, company, relation) = await NewTieAsync(Suffix());
        Assert.Equal(since + 3, await LatestAsync());

        var all = (await Client.PostGraphQLAsync(Changes, new { since })).AssertOk();
        Assert.Equal(["addSource", "createEntity", "assertRelation"], all.Data.Items("changes.nodes").Select(n => n.Str("operation")));
        Assert.Equal(["ADD_SOURCE", "CREATE_ENTITY", "ASSERT_RELATION"], all.Data.Items("changes.nodes").Select(n => n.Str("kind")));
        Assert.Equal("New tie: Lithium Nord produces Lithium — source: Lithium Nord begins production", all.Data.Items("changes.nodes").Last().Str("summary"));

        var mineral = (await Client.PostGraphQLAsync(Changes, new { since, ids = new[] { "mineral/lithium" } })).AssertOk();
        Assert.Equal([relation], mineral.Data.Items("changes.nodes").Select(n => n.Items("targets").First().GetString()));
        var companyChanges = (await Client.PostGraphQLAsync(Changes, new { since, ids = new[] { company }, kinds = new[] { "CREATE_ENTITY" } })).AssertOk();
        Assert.Equal(["createEntity"], companyChanges.Data.Items("changes.nodes").Select(n => n.Str("operation")));

        var page1 = (await Client.PostGraphQLAsync(Changes, new { since, first = 2 })).AssertOk();
        Assert.Equal((3, true), (page1.Data.At("changes.totalCount").GetInt32(), page1.Data.At("changes.pageInfo.hasNextPage").GetBoolean()));
        var page2 = (await Client.PostGraphQLAsync(Changes, new { since, first = 2, after = page1.Data.Str("changes.pageInfo.endCursor") })).AssertOk();
        Assert.Equal([since + 3], page2.Data.Items("changes.nodes").Select(n => n.At("sequence").GetInt32()));
        Assert.False(page2.Data.At("changes.pageInfo.hasNextPage").GetBoolean());
        Assert.Contains(source, all.Data.Items("changes.nodes").First().Items("targets").Select(t => t.GetString()));
    }

    [Fact]
    public async Task Changes_BadInput_IsBadUserInputOrNotFound_NamingTheArgument()
    {
        var latest = await LatestAsync();
        var future = await Client.PostGraphQLAsync(Changes, new { since = latest + 1 });
        Assert.Equal(["BAD_USER_INPUT"], future.ErrorCodes);
        Assert.StartsWith("since:", future.Errors[0].GetProperty("message").GetString());
        var unknown = await Client.PostGraphQLAsync(Changes, new { ids = new[] { "official/nobody-at-all" } });
        Assert.Equal(["NOT_FOUND"], unknown.ErrorCodes);
        Assert.Contains("official/nobody-at-all", unknown.ErrorText);
        var cursor = await Client.PostGraphQLAsync(Changes, new { after = "bm9wZQ==" });
        Assert.Equal(["BAD_USER_INPUT"], cursor.ErrorCodes);
        Assert.Equal(latest, await LatestAsync());
    }

    [Fact]
    public async Task AtomFeeds_AreValidAtom_TitledInPlainWords_LinkingToTheExplorer()
    {
        var (_, company, relation) = await NewTieAsync(Suffix());
        var response = await Client.GetAsync("/feeds/changes.atom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();

        // A real Atom parser reads it, and the elements RFC 4287 requires are there, in the Atom namespace.
        using (var reader = XmlReader.Create(new StringReader(text)))
        {
            var parsed = SyndicationFeed.Load(reader);
            Assert.StartsWith("MineralGraph", parsed.Title.Text);
            Assert.True(parsed.Items.Count() is > 0 and <= 50);
            Assert.Equal("ana", parsed.Items.First().Authors.Single().Name);
        }
        var feed = XDocument.Parse(text).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated" }) Assert.NotNull(feed.Element(Atom + required));
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && ((string)l.Attribute("href")!).EndsWith("/feeds/changes.atom"));
        var entries = feed.Elements(Atom + "entry").ToList();
        var sequences = entries.Select(e => long.Parse(((string)e.Element(Atom + "id")!).Split(':')[^1])).ToList();
        Assert.Equal(sequences.OrderDescending(), sequences); // newest first
        var newest = entries[0];
        foreach (var required in new[] { "id", "title", "updated", "author", "content" }) Assert.NotNull(newest.Element(Atom + required));
        Assert.Equal("New tie: Lithium Nord produces Lithium — source: Lithium Nord begins production", (string)newest.Element(Atom + "title")!);
        var link = (string)newest.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!;
        Assert.Contains($"sel={relation}", link);
        Assert.Contains(company, link);

        // The links lead somewhere: the explorer page opens on the permalink.
        var page = await Client.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // Unchanged since the reader last looked: 304 for the ETag it holds.
        var again = new HttpRequestMessage(HttpMethod.Get, "/feeds/changes.atom");
        again.Headers.IfNoneMatch.ParseAdd(response.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, (await Client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task EntityAtomFeed_HoldsItsChanges_UnknownIdIs404()
    {
        var (_, company, relation) = await NewTieAsync(Suffix());
        var response = await Client.GetAsync($"/feeds/entity/{company}.atom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        using (var reader = XmlReader.Create(new StringReader(text))) Assert.Equal(2, SyndicationFeed.Load(reader).Items.Count());
        var feed = XDocument.Parse(text).Root!;
        Assert.Equal($"MineralGraph: changes to Lithium Nord", (string)feed.Element(Atom + "title")!);
        Assert.Equal(["New tie: Lithium Nord produces Lithium — source: Lithium Nord begins production", "New company: Lithium Nord"],
            feed.Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "title")!));
        foreach (var href in feed.Elements(Atom + "entry").SelectMany(e => e.Elements(Atom + "link")).Select(l => (string)l.Attribute("href")!))
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(new Uri(href).PathAndQuery)).StatusCode);

        var relationFeed = await Client.GetAsync($"/feeds/entity/{relation}.atom");
        Assert.Equal(HttpStatusCode.OK, relationFeed.StatusCode);
        var missing = await Client.GetAsync("/feeds/entity/official/nobody-at-all.atom");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/plain", missing.Content.Headers.ContentType!.MediaType);
        Assert.Contains("official/nobody-at-all", await missing.Content.ReadAsStringAsync());
    }
}
