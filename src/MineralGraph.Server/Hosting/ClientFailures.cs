using Microsoft.AspNetCore.Connections;
using MineralGraph.GraphQL.Errors;

namespace MineralGraph.Server.Hosting;

/// <summary>
/// Failures the client caused rather than the server: a body Kestrel gave up on (slower than its minimum data rate:
/// 408; cut short, badly chunked or over its size limit: 400/413) or a connection the client dropped. They are
/// answered with Kestrel's status, when anyone is left to read it, and logged below error level: a 5xx or an error
/// entry for them would let anyone raise the operator's alerts at will.
/// </summary>
public static class ClientFailures
{
    /// <summary>True when <paramref name="exception"/> is the client's doing on this request.</summary>
    public static bool Caused(Exception exception, HttpContext context) =>
        exception is BadHttpRequestException or ConnectionResetException ||
        (exception is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested);

    /// <summary>The status to answer with (Kestrel's, for a body it refused), or null when the client is gone.</summary>
    public static int? StatusFor(Exception exception, HttpContext context) =>
        exception is BadHttpRequestException bad && !context.RequestAborted.IsCancellationRequested ? bad.StatusCode : null;

    /// <summary>The message and error code a client gets for a body Kestrel refused with <paramref name="status"/>.</summary>
    public static (string Message, string Code) Describe(int status) => status switch
    {
        StatusCodes.Status408RequestTimeout => (
            "The request body arrived too slowly (Kestrel's minimum is 240 bytes a second after the first 5 s) and was not read; send it again, faster.",
            "REQUEST_TIMEOUT"),
        StatusCodes.Status413PayloadTooLarge => ("The request body is larger than the server reads.", ErrorCodes.RequestTooLarge),
        _ => ("The request body could not be read: it ended before its declared length, or its chunks were malformed.", "INVALID_REQUEST"),
    };
}
