using System.Net;
using MineralGraph.Server.Tests.Infrastructure;

namespace MineralGraph.Server.Tests.Embedded;

/// <summary>Query size limits: GraphiQL's introspection passes; nesting paginated fields without bound does not.</summary>
public sealed class LimitsTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    readonly HttpClient client = server.CreateClient();

    // The introspection query GraphiQL sends (graphql-js getIntrospectionQuery, with descriptions).
    const string Introspection = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    [Fact]
    public async Task Introspection_GraphiQLQuery_Passes()
    {
        var response = await client.PostGraphQLAsync(Introspection);
        response.AssertOk();
        Assert.Contains(response.Data.Items("__schema.types"), t => t.Str("name") == "Entity");
    }

    [Fact]
    public async Task NestedPagination_TooLargeThroughVariablesOfACachedDocument_Is400()
    {
        const string query = """
            query($n: Int) { governments(first: $n) { nodes { relations(first: $n) { edges { node { to { relations(first: $n) {
                edges { node { from { relations(first: $n) { totalCount } } } } } } } } } } } }
            """;
        (await client.PostGraphQLAsync(query, new { n = 1 })).AssertOk();
        var response = await client.PostGraphQLAsync(query, new { n = 100 });
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("complex", response.ErrorText);
    }

    [Fact]
    public async Task NestedPagination_TooLarge_Is400()
    {
        var response = await client.PostGraphQLAsync("""
            { governments(first: 100) { nodes { relations(first: 100) { edges { node { to { relations(first: 100) {
                edges { node { from { relations(first: 100) { totalCount } } } } } } } } } } } }
            """);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("complex", response.ErrorText);
    }
}
