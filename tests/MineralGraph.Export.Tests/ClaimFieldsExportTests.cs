using System.Text.Json;
using System.Xml.Linq;
using MineralGraph.Export.Writers;
using MineralGraph.Testing;
using MineralGraph.Testing.Export;

namespace MineralGraph.Export.Tests;

/// <summary>
/// The fields issue 16 added travel with the real seed into the exports: a tie's figure, a denied claim, a date's
/// words and expectation, and whom a quote is attributed to — in JSON as values, in GraphML as typed data.
/// </summary>
public class ClaimFieldsExportTests
{
    const string Stake = "rel/dod-owns-mp-materials-stake";
    const string NotMember = "rel/us-not-member-of-canada-mexico-action-plan";
    const string PlannedParty = "rel/canada-member-of-canada-mexico-action-plan";
    const string Reuters = "rel/us-canada-alliance-covers-critical-minerals";

    static async Task<byte[]> WholeGraph(ExportFormat format) =>
        await AsyncOnlyStream.WriteAsync(format, ExportGraph.FromSeed(RealSeed.Seed));

    [Fact]
    public async Task Cytoscape_CarriesAmountDenialExpectationAndAttribution()
    {
        var edges = JsonDocument.Parse(await WholeGraph(ExportFormat.Cytoscape)).RootElement
            .GetProperty("elements").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data"))
            .ToDictionary(e => e.GetProperty("id").GetString()!);

        var stake = edges[Stake];
        Assert.Equal((15m, "percent", "about"), (stake.GetProperty("amountValue").GetDecimal(), stake.GetProperty("amountUnit").GetString(), stake.GetProperty("amountQualifier").GetString()));
        Assert.True(edges[NotMember].GetProperty("denied").GetBoolean());
        Assert.False(stake.GetProperty("denied").GetBoolean());
        Assert.True(edges[PlannedParty].GetProperty("sinceExpected").GetBoolean());
        Assert.Equal("second half of 2026", edges[PlannedParty].GetProperty("sinceText").GetString());
        var attributed = edges[Reuters].GetProperty("evidence").EnumerateArray()
            .Single(e => e.GetProperty("quote").GetString()!.StartsWith("According to Reuters", StringComparison.Ordinal));
        Assert.Equal("Reuters", attributed.GetProperty("reportedBy").GetString());
    }

    [Fact]
    public async Task GraphML_CarriesAmountDenialExpectationAndAttribution()
    {
        XNamespace ns = GraphMLWriter.Namespace;
        var doc = XmlFiles.Load(await WholeGraph(ExportFormat.GraphML));
        string? Data(XElement e, string key) => e.Elements(ns + "data").SingleOrDefault(d => (string?)d.Attribute("key") == key)?.Value;
        var edges = doc.Descendants(ns + "edge").ToDictionary(e => Data(e, "e.graphId")!);

        Assert.Equal(("15", "percent", "about"), (Data(edges[Stake], "e.amountValue"), Data(edges[Stake], "e.amountUnit"), Data(edges[Stake], "e.amountQualifier")));
        Assert.Equal("double", doc.Descendants(ns + "key").Single(k => (string?)k.Attribute("id") == "e.amountValue").Attribute("attr.type")!.Value);
        Assert.Equal("true", Data(edges[NotMember], "e.denied"));
        Assert.Equal(("true", "second half of 2026"), (Data(edges[PlannedParty], "e.sinceExpected"), Data(edges[PlannedParty], "e.sinceText")));
        Assert.Contains("(reported by Reuters)", Data(edges[Reuters], "e.evidence"), StringComparison.Ordinal);
    }
}
