using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace MineralGraph.Server.Tests.Infrastructure;

/// <summary>An answer from /graphql: status, media type and the parsed body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, JsonElement Body, HttpResponseMessage Message)
{
    public JsonElement Data => Body.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors =>
        Body.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];

    public IEnumerable<string?> ErrorCodes => Errors.Select(e =>
        e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null);

    public string ErrorText => string.Join(" | ", Errors.Select(e => e.GetProperty("message").GetString()));

    /// <summary>Fails with the error messages when the answer is not a clean 200.</summary>
    public GraphQLResponse AssertOk()
    {
        Assert.True(Errors.Count == 0, "errors: " + ErrorText);
        Assert.Equal(HttpStatusCode.OK, Status);
        return this;
    }
}

public static class GraphQLHttp
{
    public static async Task<GraphQLResponse> PostGraphQLAsync(this HttpClient client, string query, object? variables = null,
        string? accept = null, string? operationName = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await SendAsync(client, request);
    }

    /// <summary>A POST of <paramref name="query"/> carrying a curator's key as <c>Authorization: Bearer</c>.</summary>
    public static HttpRequestMessage CuratorPost(string query, object? variables, string key)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }

    public static async Task<GraphQLResponse> GetGraphQLAsync(this HttpClient client, string query, string? variablesJson = null, string? accept = null)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query) + (variablesJson is null ? "" : "&variables=" + Uri.EscapeDataString(variablesJson));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await SendAsync(client, request);
    }

    public static async Task<GraphQLResponse> SendAsync(this HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonElement body;
        try
        {
            body = JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} with a body that is not JSON: {text[..Math.Min(300, text.Length)]}");
        }
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response);
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}

public static class JsonPaths
{
    /// <summary>Follows a dotted path (<c>node.relations.edges</c>) through objects.</summary>
    public static JsonElement At(this JsonElement element, string path)
    {
        foreach (var part in path.Split('.')) element = element.GetProperty(part);
        return element;
    }

    public static string Str(this JsonElement element, string path) => element.At(path).GetString()!;

    public static IEnumerable<JsonElement> Items(this JsonElement element, string path) => element.At(path).EnumerateArray();
}
