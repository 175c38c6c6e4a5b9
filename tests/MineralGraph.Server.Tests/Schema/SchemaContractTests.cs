using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using MineralGraph.Server.Tests.Infrastructure;
using MineralGraph.Testing;

namespace MineralGraph.Server.Tests.Schema;

/// <summary>
/// schema/mineralgraph.graphql is the public contract: it must be exactly the schema the server serves.
/// After an intended change, run the tests with MINERALGRAPH_UPDATE_SCHEMA=1 to rewrite the file, and review the diff.
/// </summary>
public sealed class SchemaContractTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    string Served() => server.Services.GetRequiredService<ISchema>().Print(new global::GraphQL.Utilities.PrintOptions { IncludeDescriptions = true })
        .ReplaceLineEndings("\n").TrimEnd() + "\n";

    [Fact]
    public void SchemaFile_EqualsServedSchema()
    {
        var served = Served();
        var path = RepositoryPaths.Of("schema/mineralgraph.graphql");
        if (Environment.GetEnvironmentVariable("MINERALGRAPH_UPDATE_SCHEMA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, served);
        }
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with MINERALGRAPH_UPDATE_SCHEMA=1 to write it");
        var file = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (file == served) return;
        var fileLines = file.Split('\n');
        var servedLines = served.Split('\n');
        var first = Enumerable.Range(0, Math.Min(fileLines.Length, servedLines.Length)).FirstOrDefault(i => fileLines[i] != servedLines[i], Math.Min(fileLines.Length, servedLines.Length));
        Assert.Fail($"schema/mineralgraph.graphql differs from the served schema at line {first + 1}:\n" +
                    $"  file:   {fileLines.ElementAtOrDefault(first)}\n  served: {servedLines.ElementAtOrDefault(first)}\n" +
                    "Run the tests with MINERALGRAPH_UPDATE_SCHEMA=1 to rewrite the file if the change is intended.");
    }

    [Fact]
    public async Task SchemaFile_TypesMatchIntrospectionOverHttp()
    {
        var response = await server.CreateClient().PostGraphQLAsync("{ __schema { types { name } } }");
        response.AssertOk();
        var served = response.Data.Items("__schema.types").Select(t => t.GetProperty("name").GetString()!)
            .Where(n => !n.StartsWith("__", StringComparison.Ordinal)).ToHashSet();
        var file = File.ReadAllText(RepositoryPaths.Of("schema/mineralgraph.graphql"));
        foreach (var name in served.Where(n => n is not ("String" or "Int" or "Float" or "Boolean" or "ID")))
            Assert.Matches($@"(type|interface|enum|scalar|input|union) {name}\b", file);
    }

    [Fact]
    public void Schema_EveryTypeFieldArgumentAndEnumValue_HasDescription()
    {
        var schema = server.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        // Introspection types and the spec's built-in scalars are defined by GraphQL itself.
        string[] builtIn = ["String", "Int", "Float", "Boolean", "ID"];
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !builtIn.Contains(t.Name)))
        {
            if (string.IsNullOrWhiteSpace(type.Description)) missing.Add(type.Name);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description)) missing.Add($"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                    {
                        if (string.IsNullOrWhiteSpace(argument.Description)) missing.Add($"{type.Name}.{field.Name}({argument.Name})");
                    }
                }
            }
            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    if (string.IsNullOrWhiteSpace(value.Description)) missing.Add($"{type.Name}.{value.Name}");
                }
            }
        }
        Assert.True(missing.Count == 0, "missing descriptions: " + string.Join(", ", missing));
        Assert.True(schema.AllTypes.Count() > 40, "the walk saw too few types to be meaningful");
    }
}
