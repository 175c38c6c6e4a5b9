using System.Net;
using System.Text.Json;
using MineralGraph.Server.Tests.Infrastructure;
using MineralGraph.Testing.Export;

namespace MineralGraph.Server.Tests.Embedded;

/// <summary>
/// <c>/export/timeline</c> on a real server (Kestrel): CSV parsed as RFC 4180 and TimelineJS JSON, both holding what the
/// <c>timeline</c> query answers; bad parameters are 400 naming them, unknown ids 404.
/// </summary>
public sealed class TimelineExportTests(EmbeddedServerProcessFixture fixture) : IClassFixture<EmbeddedServerProcessFixture>
{
    readonly HttpClient http = new() { BaseAddress = fixture.Server.BaseAddress };

    async Task<List<(string Id, string Value, string Precision, bool Expected)>> ApiTimelineAsync(string ids)
    {
        var response = await http.PostGraphQLAsync($$"""{ timeline(ids: [{{ids}}], first: 100) { totalCount edges { node { id date { value precision expected } } } } }""");
        response.AssertOk();
        return response.Data.GetProperty("timeline").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))
            .Select(n => (n.GetProperty("id").GetString()!, n.GetProperty("date").GetProperty("value").GetString()!,
                n.GetProperty("date").GetProperty("precision").GetString()!, n.GetProperty("date").GetProperty("expected").GetBoolean())).ToList();
    }

    [Fact]
    public async Task Csv_ParsesAsRfc4180_RowsAreTheApisTimeline()
    {
        using var response = await http.GetAsync("/export/timeline?format=csv&ids=government/mexico,agreement/usmca");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("mineralgraph-timeline-government-mexico-agreement-usmca.csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var rows = Rfc4180.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["id", "kind", "date", "earliest", "latest", "precision", "role", "expected", "title", "entity", "relation", "edge", "sources"], rows[0]);
        Assert.All(rows, r => Assert.Equal(13, r.Count));
        var api = await ApiTimelineAsync("\"government/mexico\", \"agreement/usmca\"");
        Assert.Equal(api.Select(a => (a.Id, a.Value, a.Precision, a.Expected ? "true" : "false")), rows.Skip(1).Select(r => (r[0], r[2], r[5], r[7])));
        // Titles hold commas and dashes; sources of a tie are listed.
        Assert.Contains(rows, r => r[1] == "RELATION" && r[12].StartsWith("source/", StringComparison.Ordinal) && r[11] is "SINCE" or "UNTIL");
    }

    [Fact]
    public async Task TimelineJs_EventsCarryYearOnlyDatesAsYears_AndTheApisItems()
    {
        using var response = await http.GetAsync("/export/timeline?format=timelinejs&ids=government/mexico");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetProperty("text").GetProperty("headline").GetString()));
        var events = root.GetProperty("events").EnumerateArray().ToList();
        // A month without a year cannot be placed on TimelineJS's axis: left out.
        var all = await ApiTimelineAsync("\"government/mexico\"");
        var api = all.Where(a => a.Precision != "MONTH_WITHOUT_YEAR").ToList();
        Assert.Contains(all, a => a.Precision == "MONTH_WITHOUT_YEAR");
        Assert.Equal(api.Select(a => a.Id), events.Select(e => e.GetProperty("unique_id").GetString()));
        foreach (var (e, a) in events.Zip(api))
        {
            var start = e.GetProperty("start_date");
            Assert.Equal(int.Parse(a.Value[..4], System.Globalization.CultureInfo.InvariantCulture), start.GetProperty("year").GetInt32());
            // A year-only date gives the year alone: TimelineJS then draws the whole year.
            Assert.Equal(a.Precision != "YEAR", start.TryGetProperty("month", out _));
            if (a.Precision is "YEAR" or "MONTH" or "DAY") Assert.Equal(a.Precision == "DAY", start.TryGetProperty("day", out _));
            Assert.Equal(a.Precision == "RANGE", e.TryGetProperty("end_date", out _));
            if (a.Expected) Assert.EndsWith("(expected)", e.GetProperty("display_date").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(e.GetProperty("text").GetProperty("headline").GetString()));
            Assert.Contains(e.GetProperty("group").GetString(), new[] { "Relation", "Event", "Agreement", "Measure" });
        }
        Assert.Contains(api, a => a.Precision == "YEAR");
    }

    [Theory]
    [InlineData("format=pdf", "format")]
    [InlineData("from=2026-01-01&to=2025-01-01", "from")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2025-02-30", "to")]
    [InlineData("kinds=RELATION,TREATY", "kinds")]
    [InlineData("ids=mexico", "ids")]
    [InlineData("depth=2", "depth")]
    public async Task BadParameters_400NamingTheParameter(string parameters, string name)
    {
        using var response = await http.GetAsync($"/export/timeline?{parameters}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(name, out _), $"errors name {name}");
    }

    [Fact]
    public async Task MoreThanTwentyIds_400NamingIds()
    {
        var ids = string.Join(",", Enumerable.Range(0, 21).Select(_ => "government/mexico"));
        using var response = await http.GetAsync($"/export/timeline?ids={ids}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"ids\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownId_404NamingIt()
    {
        using var response = await http.GetAsync("/export/timeline?ids=government/mexico,government/atlantis");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("government/atlantis", await response.Content.ReadAsStringAsync());
    }
}
