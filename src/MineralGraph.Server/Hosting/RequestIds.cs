using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using MineralGraph.GraphQL.Errors;

namespace MineralGraph.Server.Hosting;

/// <summary>
/// Each response carries the request id (<c>X-Request-Id</c>, ASP.NET Core's TraceIdentifier) that the log and
/// masked errors quote; every answer with status 400 or above is logged under it. An exception that escapes an
/// endpoint becomes a masked GraphQL-shaped 500 with the id, never a stack trace, unless the client caused it
/// (<see cref="ClientFailures"/>: a body too slow or cut short, a dropped connection), which gets Kestrel's 4xx.
/// </summary>
public static partial class RequestIds
{
    public const string Header = "X-Request-Id";
    const string LogCategory = "MineralGraph.Server.Requests";

    /// <summary>Problem-details answers (the export endpoint's 400/404/503) carry the request id too.</summary>
    public static IServiceCollection AddRequestIds(this IServiceCollection services) =>
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["requestId"] = context.HttpContext.TraceIdentifier);

    /// <summary>Goes first in the pipeline, so that it sees what every later middleware and endpoint answered.</summary>
    public static WebApplication UseRequestIds(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory);
        app.Use(async (context, next) =>
        {
            context.Response.Headers[Header] = context.TraceIdentifier;
            await next(context);
            if (context.Response.StatusCode >= StatusCodes.Status400BadRequest)
                LogErrorAnswer(log, context.TraceIdentifier, context.Request.Method, context.Request.Path, context.Response.StatusCode);
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context => WriteMaskedAsync(context, log),
            // WriteMaskedAsync logs the exception with the request id; the middleware's own entry would repeat it without.
            SuppressDiagnosticsCallback = _ => true,
        });
        return app;
    }

    static async Task WriteMaskedAsync(HttpContext context, ILogger log)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (exception is not null && ClientFailures.Caused(exception, context))
        {
            LogClientFailure(log, context.TraceIdentifier, context.Request.Method, context.Request.Path, exception.Message);
            if (ClientFailures.StatusFor(exception, context) is not { } status)
            {
                // Nobody to answer; and Kestrel, left to drain the rest of the body, would log an error of its own.
                context.Abort();
                return;
            }
            var (message, code) = ClientFailures.Describe(status);
            context.Response.StatusCode = status;
            context.Response.Headers[Header] = context.TraceIdentifier;
            // The rest of that body cannot be read (Kestrel would try, and log an error): end the connection after the answer.
            context.Response.Headers.Connection = "close";
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(ErrorBody(message, code, context.TraceIdentifier));
            return;
        }
        LogUnhandled(log, exception, context.TraceIdentifier, context.Request.Method, context.Request.Path);
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.Headers[Header] = context.TraceIdentifier;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(ErrorBody("The server failed to answer this request. Quote the requestId when reporting it.",
            ErrorCodes.Internal, context.TraceIdentifier));
    }

    /// <summary>A GraphQL-shaped error answer: <c>{"errors":[{"message","extensions":{"code","requestId"}}]}</c>.</summary>
    public static string ErrorBody(string message, string code, string requestId) => JsonSerializer.Serialize(new
    {
        errors = new[] { new { message, extensions = new { code, requestId } } },
    });

    [LoggerMessage(Level = LogLevel.Information, Message = "Request {RequestId}: {Method} {Path} answered {StatusCode}")]
    static partial void LogErrorAnswer(ILogger log, string requestId, string method, PathString path, int statusCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Request {RequestId}: {Method} {Path} failed on the client's side: {Reason}")]
    static partial void LogClientFailure(ILogger log, string requestId, string method, PathString path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {RequestId}: {Method} {Path} failed with an unhandled exception")]
    static partial void LogUnhandled(ILogger log, Exception? exception, string requestId, string method, PathString path);
}
