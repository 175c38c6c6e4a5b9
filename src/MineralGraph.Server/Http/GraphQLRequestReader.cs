using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using MineralGraph.GraphQL.Errors;
using MineralGraph.GraphQL.Validation;

namespace MineralGraph.Server.Http;

/// <summary>A GraphQL request read from HTTP, or why it could not be read, the status to answer with and the error code.</summary>
public sealed record ReadRequest(GraphQLRequest? Request, string? Problem = null, int Status = 0, string Code = "INVALID_REQUEST")
{
    public static ReadRequest Fail(string problem, int status, string code = "INVALID_REQUEST") => new(null, problem, status, code);
}

/// <summary>
/// Reads the GraphQL request from a GET query string or a POST JSON body, refusing bodies over
/// <see cref="QueryLimits.MaxBodyBytes"/> (<see cref="QueryLimits.MaxCuratorBodyBytes"/> with a curator's key), documents over <see cref="QueryLimits.MaxDocumentBytes"/> and batches
/// (a JSON array of operations: each would escape the per-request limits).
/// </summary>
public sealed class GraphQLRequestReader(GraphQLJson serializer, IOptions<QueryLimits> options)
{
    readonly QueryLimits limits = options.Value;

    public ReadRequest ReadGet(HttpRequest request)
    {
        var query = request.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query)) return ReadRequest.Fail("Give the GraphQL document in the 'query' parameter.", StatusCodes.Status400BadRequest);
        try
        {
            return Checked(new GraphQLRequest
            {
                Query = query,
                OperationName = NullIfEmpty(request.Query["operationName"].ToString()),
                Variables = NullIfEmpty(request.Query["variables"].ToString()) is { } v ? serializer.Deserialize<Inputs>(v) : null,
                Extensions = NullIfEmpty(request.Query["extensions"].ToString()) is { } x ? serializer.Deserialize<Inputs>(x) : null,
            });
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return ReadRequest.Fail($"The 'variables' or 'extensions' parameter is not a JSON object: {Reason(e)}", StatusCodes.Status400BadRequest);
        }
    }

    /// <param name="curator">True when the request carries a curator's key: its body may be up to <see cref="QueryLimits.MaxCuratorBodyBytes"/>.</param>
    public async Task<ReadRequest> ReadPostAsync(HttpRequest request, bool curator, CancellationToken cancellationToken)
    {
        if (!ResponseMediaType.IsJson(request.ContentType))
            return ReadRequest.Fail("Send the request as Content-Type: application/json.", StatusCodes.Status415UnsupportedMediaType);
        var (limit, setting) = curator ? (limits.MaxCuratorBodyBytes, "MaxCuratorBodyBytes") : (limits.MaxBodyBytes, "MaxBodyBytes");
        if (request.ContentLength is { } declared && declared > limit) return TooLarge(declared, limit, setting);

        var pipe = request.BodyReader;
        ReadResult read;
        while (true)
        {
            read = await pipe.ReadAsync(cancellationToken);
            if (read.Buffer.Length > limit)
            {
                pipe.AdvanceTo(read.Buffer.End);
                // Without a Content-Length (a chunked body) only a lower bound is known: say so, not a size.
                return TooLarge(null, limit, setting);
            }
            if (read.IsCompleted || read.IsCanceled) break;
            pipe.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
        var buffer = read.Buffer;
        try
        {
            if (FirstByte(buffer) == (byte)'[')
                return ReadRequest.Fail("Batching is not supported: send one operation per request, a JSON object {\"query\": …}, not an array.",
                    StatusCodes.Status400BadRequest, ErrorCodes.BatchingNotSupported);
            GraphQLRequest? body;
            try
            {
                body = buffer.IsSingleSegment
                    ? JsonSerializer.Deserialize<GraphQLRequest>(buffer.FirstSpan, serializer.Options)
                    : JsonSerializer.Deserialize<GraphQLRequest>(buffer.ToArray(), serializer.Options);
            }
            catch (Exception e) when (IsUnreadable(e))
            {
                return ReadRequest.Fail($"The request body is not a JSON object of the form {{\"query\": …, \"variables\": …}}: {Reason(e)}", StatusCodes.Status400BadRequest);
            }
            if (body?.Query is not { } query || string.IsNullOrWhiteSpace(query))
                return ReadRequest.Fail("The request body has no 'query'.", StatusCodes.Status400BadRequest);
            return Checked(body);
        }
        finally
        {
            pipe.AdvanceTo(buffer.End);
        }
    }

    ReadRequest Checked(GraphQLRequest request) =>
        DocumentLimits.CheckSize(request.Query!, limits) is { } tooLarge
            ? ReadRequest.Fail(tooLarge.Message, StatusCodes.Status400BadRequest, ErrorCodes.DocumentTooLarge)
            : new ReadRequest(request);

    static ReadRequest TooLarge(long? declared, int limit, string setting) =>
        ReadRequest.Fail(declared is { } bytes
                ? DocumentLimits.Invariant($"The request body is {bytes:N0} bytes; the limit is {limit:N0} bytes (Limits:{setting}).")
                : DocumentLimits.Invariant($"The request body is larger than the limit of {limit:N0} bytes (Limits:{setting})."),
            StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge);

    /// <summary>The first byte that is not JSON white space, or 0.</summary>
    static byte FirstByte(ReadOnlySequence<byte> buffer)
    {
        foreach (var segment in buffer)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return b;
            }
        }
        return 0;
    }

    /// <summary>
    /// Failures of reading the client's JSON: malformed text, or a well-formed value of the wrong shape (a number
    /// where the query's text belongs), which the converters report with other exception types.
    /// </summary>
    static bool IsUnreadable(Exception e) => e is JsonException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException or OverflowException;

    static string Reason(Exception e) => e is JsonException ? e.Message : "a value has the wrong type.";

    static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
