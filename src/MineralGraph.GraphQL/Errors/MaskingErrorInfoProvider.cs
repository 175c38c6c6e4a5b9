using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using MineralGraph.Domain.Store;

namespace MineralGraph.GraphQL.Errors;

/// <summary>
/// Shapes errors for clients. Errors this API raises on purpose (validation, NOT_FOUND, BAD_USER_INPUT) keep
/// their message; anything unexpected becomes a fixed message with the request id, so no stack trace or
/// internal message ever leaves the server (the full exception is logged by the endpoint). Without
/// <paramref name="fieldSuggestions"/>, validation messages lose their "Did you mean …?" hints, which would
/// otherwise spell out field and type names to someone probing the schema.
/// </summary>
public sealed class MaskingErrorInfoProvider(bool fieldSuggestions = true) : IErrorInfoProvider
{
    const string Suggestion = " Did you mean";

    public const string InternalMessage = "The server failed to answer this field. Quote the requestId when reporting it.";
    public const string UnavailableMessage = "The graph store is unavailable right now; try again shortly.";

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var extensions = new Dictionary<string, object?>();
        string message;
        if (IsUnexpected(executionError) && StoreBusy(executionError) is { } busy)
        {
            message = BusyMessage(busy);
            extensions["code"] = ErrorCodes.StoreBusy;
        }
        else if (IsUnexpected(executionError))
        {
            var unavailable = IsStoreUnavailable(executionError);
            message = unavailable ? UnavailableMessage : InternalMessage;
            extensions["code"] = unavailable ? ErrorCodes.StoreUnavailable : ErrorCodes.Internal;
        }
        else
        {
            message = executionError.Message;
            if (!fieldSuggestions && executionError is ValidationError && message.IndexOf(Suggestion, StringComparison.Ordinal) is >= 0 and var at)
                message = message[..at];
            if (executionError.Code is { } code) extensions["code"] = code;
            if (executionError is ValidationError { Number: { } number }) extensions["number"] = number;
            // A refused curation request lists every problem by field.
            if (executionError.Data["problems"] is { } problems) extensions["problems"] = problems;
        }
        if (executionError.Data["requestId"] is string requestId) extensions["requestId"] = requestId;
        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    /// <summary>True when the error came from an exception the API did not raise as a client error.</summary>
    public static bool IsUnexpected(ExecutionError error) =>
        error is UnhandledError || (error.GetType() == typeof(ExecutionError) && error.InnerException is not null && error.InnerException is not ExecutionError);

    /// <summary>Said of a change the store was too busy to start: nothing was written, and the request may be sent again.</summary>
    public static string BusyMessage(StoreBusyException busy) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"The graph store is busy with other changes and this one was not made; send it again in {Math.Ceiling(busy.RetryAfter.TotalSeconds):0} s.");

    /// <summary>The busy store behind the error, when that is what it is.</summary>
    public static StoreBusyException? StoreBusy(ExecutionError error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is StoreBusyException busy) return busy;
        }
        return null;
    }

    public static bool IsStoreUnavailable(ExecutionError error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is StoreUnavailableException) return true;
        }
        return false;
    }
}
