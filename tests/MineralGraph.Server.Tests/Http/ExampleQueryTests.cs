using MineralGraph.Server.Tests.Infrastructure;
using MineralGraph.Testing;

namespace MineralGraph.Server.Tests.Http;

/// <summary>The README's example queries (src/MineralGraph.Server/examples) run cleanly and return data.</summary>
public abstract class ExampleQueryTests<TFixture>(TFixture server) : IClassFixture<TFixture> where TFixture : class, IServerFixture
{
    protected HttpClient Client { get; } = server.CreateClient();

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Of("src/MineralGraph.Server/examples"), "*.graphql").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void Examples_AtLeastFive()
    {
        Assert.True(Examples().Count >= 5);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_RunsWithoutErrorsAndReturnsData(string file)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Of("src/MineralGraph.Server/examples"), file));
        var response = await Client.PostGraphQLAsync(query);
        response.AssertOk();
        var root = response.Data.EnumerateObject().Single().Value;
        Assert.True(root.ValueKind is System.Text.Json.JsonValueKind.Object
                    || (root.ValueKind == System.Text.Json.JsonValueKind.Array && root.GetArrayLength() > 0), $"{file} returned no data");
    }
}
