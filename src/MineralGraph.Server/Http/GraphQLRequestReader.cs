using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace MineralGraph.Server.Http;

/// <summary>A GraphQL request read from HTTP, or why it could not be read and the status to answer with.</summary>
public sealed record ReadRequest(GraphQLRequest? Request, string? Problem = null, int Status = 0)
{
    public static ReadRequest Fail(string problem, int status) => new(null, problem, status);
}

/// <summary>Reads the GraphQL request from a GET query string or a POST JSON body.</summary>
public sealed class GraphQLRequestReader(GraphQLJson serializer)
{
    public ReadRequest ReadGet(HttpRequest request)
    {
        var query = request.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query)) return ReadRequest.Fail("Give the GraphQL document in the 'query' parameter.", StatusCodes.Status400BadRequest);
        try
        {
            return new ReadRequest(new GraphQLRequest
            {
                Query = query,
                OperationName = NullIfEmpty(request.Query["operationName"].ToString()),
                Variables = NullIfEmpty(request.Query["variables"].ToString()) is { } v ? serializer.Deserialize<Inputs>(v) : null,
                Extensions = NullIfEmpty(request.Query["extensions"].ToString()) is { } x ? serializer.Deserialize<Inputs>(x) : null,
            });
        }
        catch (JsonException e)
        {
            return ReadRequest.Fail($"The 'variables' or 'extensions' parameter is not a JSON object: {e.Message}", StatusCodes.Status400BadRequest);
        }
    }

    public async Task<ReadRequest> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!ResponseMediaType.IsJson(request.ContentType))
            return ReadRequest.Fail("Send the request as Content-Type: application/json.", StatusCodes.Status415UnsupportedMediaType);
        GraphQLRequest? body;
        try
        {
            body = await serializer.ReadAsync<GraphQLRequest>(request.Body, cancellationToken);
        }
        catch (JsonException e)
        {
            return ReadRequest.Fail($"The request body is not a JSON object of the form {{\"query\": …, \"variables\": …}}: {e.Message}", StatusCodes.Status400BadRequest);
        }
        if (body?.Query is not { } query || string.IsNullOrWhiteSpace(query))
            return ReadRequest.Fail("The request body has no 'query'.", StatusCodes.Status400BadRequest);
        return new ReadRequest(body);
    }

    static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
