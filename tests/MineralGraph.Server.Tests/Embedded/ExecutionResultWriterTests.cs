using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL;
using MineralGraph.Server.Http;
using MineralGraph.Server.Tests.Infrastructure;
using MineralGraph.Testing;

namespace MineralGraph.Server.Tests.Embedded;

/// <summary>The endpoint's fast result writer produces exactly what GraphQL.SystemTextJson would.</summary>
public sealed class ExecutionResultWriterTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    public static TheoryData<string> Queries()
    {
        var data = new TheoryData<string>
        {
            """{ node(id: "official/nobody") { id } nodes(ids: ["government/mexico", "x/y"]) { id name aliases } }""",
            """{ search(text: "lithium") { score matchedName entity { id kind ... on Mineral { symbol type } } } }""",
            """{ neighbourhood(id: "government/canada", depth: 2) { truncated nodes { id kind label } edges { id source target kind label validity isCurrent since { value precision earliest } } } }""",
            """{ stats { entities relations evidence relationsByKind { kind count } } a: node(id: "agreement/usmca") { b: name ... on Agreement { date { value } } } }""",
            """{ search(text: "  ") { score } }""",
        };
        foreach (var file in Directory.GetFiles(RepositoryPaths.Of("src/MineralGraph.Server/examples"), "*.graphql").Order(StringComparer.Ordinal))
            data.Add(File.ReadAllText(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Write_SameBytesAsLibrarySerializer(string query)
    {
        var executer = server.Services.GetRequiredService<IDocumentExecuter<ISchema>>();
        var json = server.Services.GetRequiredService<GraphQLJson>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            UserContext = new GraphContext(server.Services.GetRequiredService<IGraphStore>(), "test", new DateOnly(2026, 1, 1)),
            RequestServices = server.Services,
        });
        Assert.True(result.Executed);

        var expected = new MemoryStream();
        using (var writer = new Utf8JsonWriter(expected, GraphQLJson.WriterOptions)) JsonSerializer.Serialize(writer, result, json.Options);
        var actual = new MemoryStream();
        using (var writer = new Utf8JsonWriter(actual, GraphQLJson.WriterOptions)) ExecutionResultWriter.Write(writer, result, json.Options);

        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), Encoding.UTF8.GetString(actual.ToArray()));
        Assert.True(actual.Length > 20);
    }
}
