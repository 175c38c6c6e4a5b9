using MineralGraph.Domain.Model;

namespace MineralGraph.Export.Tests;

public class ExportRequestTests
{
    static (ExportRequest? Request, IReadOnlyList<ExportParameterError> Errors) Parse(params (string Name, string Value)[] parameters) =>
        ExportRequest.Parse(name => parameters.Where(p => p.Name == name).Select(p => p.Value).FirstOrDefault());

    [Fact]
    public void Parse_NoParameters_IsTheWholeGraphAsCytoscape()
    {
        var (request, errors) = Parse();
        Assert.Empty(errors);
        Assert.Equal(ExportScope.Whole, request!.Scope);
        Assert.Equal(ExportFormat.Cytoscape, request.Format);
        Assert.Equal("mineralgraph-graph.cyjs", request.FileName);
    }

    [Fact]
    public void Parse_Neighbourhood_ReadsEveryFilter()
    {
        var (request, errors) = Parse(("format", "GEXF"), ("id", "mineral/lithium"), ("depth", "2"), ("kinds", "covers, MEMBER_OF"), ("asOf", "2025-09-18"), ("limitPerNode", "40"));
        Assert.Empty(errors);
        Assert.Equal(ExportFormat.Gexf, request!.Format);
        Assert.Equal(ExportScope.Neighbourhood, request.Scope);
        Assert.Equal(2, request.Depth);
        Assert.Equal([RelationKind.Covers, RelationKind.MemberOf], request.Kinds);
        Assert.Equal(new DateOnly(2025, 9, 18), request.AsOf);
        Assert.Equal(40, request.LimitPerNode);
        Assert.Equal("mineralgraph-neighbourhood-mineral-lithium.gexf", request.FileName);
    }

    [Theory]
    [InlineData("format", "pdf", "format")]
    [InlineData("depth", "9", "depth")]
    [InlineData("asOf", "18/09/2025", "asOf")]
    [InlineData("kinds", "LIKES", "kinds")]
    [InlineData("id", "lithium", "id")]
    public void Parse_BadValue_NamesTheParameter(string name, string value, string expected)
    {
        var parameters = new List<(string, string)> { (name, value) };
        if (name is "depth" or "asOf" or "kinds") parameters.Add(("id", "mineral/lithium"));
        var (request, errors) = Parse(parameters.ToArray());
        Assert.Null(request);
        var error = Assert.Single(errors);
        Assert.Equal(expected, error.Parameter);
        Assert.Contains(value, error.Message);
    }

    [Fact]
    public void Parse_IdAndFrom_AreRejectedTogether()
    {
        var (request, errors) = Parse(("id", "mineral/lithium"), ("from", "government/canada"), ("to", "government/mexico"));
        Assert.Null(request);
        Assert.Contains(errors, e => e.Parameter == "id");
    }

    [Fact]
    public void Parse_FromWithoutTo_SaysToIsMissing()
    {
        var (_, errors) = Parse(("from", "government/canada"));
        Assert.Equal("to", Assert.Single(errors).Parameter);
    }

    [Fact]
    public void Parse_DepthWithoutId_IsRejected()
    {
        var (_, errors) = Parse(("depth", "2"));
        Assert.Equal("depth", Assert.Single(errors).Parameter);
    }
}
