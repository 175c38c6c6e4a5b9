using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using MineralGraph.Domain.Curation;
using MineralGraph.Domain.Store;
using MineralGraph.GraphQL;
using MineralGraph.GraphQL.Errors;
using MineralGraph.GraphQL.Telemetry;
using MineralGraph.Server.Pages;
using MineralGraph.Server.Hosting;
using MineralGraph.GraphQL.Live;
using MineralGraph.Server.Live;

namespace MineralGraph.Server.Http;

/// <summary>
/// GraphQL over HTTP at one path. POST takes a JSON body; GET takes query, variables and operationName from the
/// query string and runs queries only (a mutation over GET is 405). Mutations need a curator API key (401 without). Answers are
/// <c>application/graphql-response+json</c> (or <c>application/json</c> when asked): 400 when the request could not
/// be executed (syntax, validation, variables), 503 when the store was unavailable, otherwise 200.
/// A browser asking for HTML gets GraphiQL. With <c>Accept: text/event-stream</c> the answer is GraphQL over SSE
/// (distinct connections): a subscription streams <c>next</c> events (<see cref="EventStream"/>), any other operation
/// is one <c>next</c> and <c>complete</c>, and every error, validation's included, is a <c>next</c> event in a 200 stream.
/// </summary>
public sealed class GraphQLEndpoint(
    IDocumentExecuter<ISchema> executer,
    GraphQLJson serializer,
    GraphQLRequestReader reader,
    IGraphStore store,
    CuratorKeys curatorKeys,
    IEnumerable<ICurationStore> curationStores,
    IEnumerable<CurationOff> curationOff,
    DocumentCache documents,
    GraphiQLAssets explorer,
    LiveStreams streams,
    LiveChanges liveChanges,
    TimeProvider clock,
    ILogger<GraphQLEndpoint> log)
{
    /// <summary>The store's write side; none when the server keeps no changes (embedded without a journal).</summary>
    readonly ICurationStore? curation = curationStores.LastOrDefault();
    readonly string? curationOffReason = curationOff.LastOrDefault()?.Reason;
    const string JsonContentType = ResponseMediaType.Json + "; charset=utf-8";
    const string GraphQLResponseContentType = ResponseMediaType.GraphQLResponse + "; charset=utf-8";

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        http.Response.Headers[RequestIds.Header] = http.TraceIdentifier;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteProblemAsync(http, StatusCodes.Status405MethodNotAllowed, "Use GET for queries or POST for any operation.");
            return;
        }
        // A browser opening /graphql (or a "open in GraphiQL" link with ?query=) gets GraphiQL; API clients name JSON.
        if (isGet && ResponseMediaType.WantsHtml(request.Headers.Accept) &&
            (!request.Query.ContainsKey("query") || !request.Headers.Accept.ToString().Contains("json", StringComparison.OrdinalIgnoreCase)))
        {
            await explorer.WritePageAsync(http);
            return;
        }
        var mediaType = ResponseMediaType.Choose(request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteProblemAsync(http, StatusCodes.Status406NotAcceptable, $"Accept {ResponseMediaType.GraphQLResponse}, {ResponseMediaType.Json} or {ResponseMediaType.EventStream}.");
            return;
        }

        // A body that arrives too slowly or breaks off throws here; ClientFailures answers it (408/400), not as a failure of ours.
        // The key is checked once, before the body: a curator's request may carry a whole document's text (addSource),
        // anyone else's is held to the smaller limit.
        var keyHolder = curatorKeys.Authenticate(request);
        var read = isGet ? reader.ReadGet(request) : await reader.ReadPostAsync(request, keyHolder is { MayCurate: true }, http.RequestAborted);
        if (read.Request is not { } graphqlRequest)
        {
            await WriteResultAsync(http, Failure(read.Problem!, read.Code), read.Status, mediaType);
            return;
        }
        try
        {
            await ExecuteAsync(http, graphqlRequest, isGet, mediaType, keyHolder);
        }
        catch (Exception e) when (!ClientFailures.Caused(e, http))
        {
            // graphql-dotnet turns resolver failures into errors; anything that still escapes is masked the same way.
            log.LogError(e, "Request {RequestId}: the GraphQL endpoint failed", http.TraceIdentifier);
            if (http.Response.HasStarted) return;
            var error = new ExecutionError(MaskingErrorInfoProvider.InternalMessage) { Code = ErrorCodes.Internal };
            error.Data["requestId"] = http.TraceIdentifier;
            await WriteResultAsync(http, new ExecutionResult { Errors = [error] }, StatusCodes.Status500InternalServerError, mediaType);
        }
    }

    async Task ExecuteAsync(HttpContext http, GraphQLRequest request, bool isGet, string mediaType, Curator? keyHolder)
    {
        var query = request.Query!;
        // Limits:ExecutionTimeout covers the whole request from here: parsing, validation and execution. The token
        // stops the work that watches it (every rule and resolver); WaitAsync answers on time even if something does not.
        var timeout = documents.Limits.ExecutionTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(timeout);
        var document = documents.GetValidated(query);
        var cached = document is not null;
        if (document is null)
        {
            document = documents.Parse(query, out var refused);
            if (document is null)
            {
                await WriteResultAsync(http, new ExecutionResult { Errors = [refused!] }, BadRequestFor(mediaType), mediaType);
                return;
            }
        }
        var operationType = OperationTypeOf(document, request.OperationName);
        if (isGet && operationType == OperationType.Mutation)
        {
            http.Response.Headers.Allow = "POST";
            await WriteResultAsync(http, Failure("Mutations must be sent with POST.", "METHOD_NOT_ALLOWED"), StatusCodes.Status405MethodNotAllowed, mediaType);
            return;
        }
        if (operationType is OperationType.Subscription && mediaType != ResponseMediaType.EventStream)
        {
            await WriteResultAsync(http, Failure("Subscriptions are served over server-sent events: send the request with `Accept: text/event-stream` (GraphQL over SSE).",
                LiveErrorCodes.NeedsEventStream), BadRequestFor(mediaType), mediaType);
            return;
        }
        Curator? curator = null;
        if (operationType is OperationType.Mutation)
        {
            // Checked before anything runs, so a refused mutation writes nothing; the answer is the same for a missing,
            // unknown or under-privileged key.
            curator = keyHolder;
            if (curator is not { MayCurate: true })
            {
                log.LogWarning("Request {RequestId}: mutation refused: {Reason}", http.TraceIdentifier, curator is null ? "no valid curator key" : "key without the curator role");
                http.Response.Headers.WWWAuthenticate = "Bearer";
                await WriteResultAsync(http, Failure(CurationErrors.UnauthenticatedMessage, CurationErrors.UnauthenticatedCode), StatusCodes.Status401Unauthorized, mediaType);
                return;
            }
        }

        if (operationType is OperationType.Subscription)
        {
            await SubscribeAsync(http, request, document, cached, deadline);
            return;
        }

        // A mutation's execution is exempt from the timeout (its validation is not): answering TIMEOUT while its write
        // still lands would tell the curator the opposite of what happened. Its time is bounded by the store (the
        // writer queue's wait, the journal, Neo4j's transaction timeout).
        var bounded = operationType is not OperationType.Mutation;
        using var operation = GraphQLOperationScope.Start(document, request.OperationName, http.TraceIdentifier);
        ExecutionResult result;
        try
        {
            var options = OptionsFor(http, request, document, cached, deadline.Token, curator: curator);
            if (!bounded) options.Listeners.Add(new DeadlineOffAtExecution(deadline));
            var execution = executer.ExecuteAsync(options);
            result = bounded ? await execution.WaitAsync(deadline.Token) : await execution;
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException && !http.RequestAborted.IsCancellationRequested)
        {
            // 200 with data null, as for any error during execution: the request was valid, and a 5xx would tell
            // clients and proxies the server is at fault for a question that asked too much.
            log.LogWarning("Request {RequestId}: stopped after the {Timeout} execution timeout", http.TraceIdentifier, timeout);
            var timedOut = GraphErrors.Timeout(timeout);
            timedOut.Data["requestId"] = http.TraceIdentifier;
            await WriteResultAsync(http, new ExecutionResult { Errors = [timedOut], Executed = true }, StatusCodes.Status200OK, mediaType);
            return;
        }
        operation?.Complete(result);
        if (!result.Executed)
        {
            if (result.Errors is { Count: > 0 } failures) ReportUnexpected(http, failures);
            await WriteResultAsync(http, result, BadRequestFor(mediaType), mediaType);
            return;
        }
        if (!cached) documents.AddValidated(query, document);
        var status = StatusCodes.Status200OK;
        if (result.Errors is { Count: > 0 } errors && ReportUnexpected(http, errors)) status = StatusCodes.Status503ServiceUnavailable;
        await WriteResultAsync(http, result, status, mediaType);
    }

    /// <summary>
    /// A subscription over server-sent events: counted against the client's open streams, executed (its arguments
    /// checked against the store within the execution timeout), then streamed until the client leaves, the server stops
    /// or the client falls behind. A refusal before the stream starts is one <c>next</c> with the error and <c>complete</c>.
    /// </summary>
    async Task SubscribeAsync(HttpContext http, GraphQLRequest request, GraphQLDocument document, bool cached, CancellationTokenSource deadline)
    {
        const string mediaType = ResponseMediaType.EventStream;
        long? lastEventId = null;
        if (http.Request.Headers["Last-Event-ID"].ToString() is { Length: > 0 } header)
        {
            if (!long.TryParse(header, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                await WriteResultAsync(http, Failure($"Last-Event-ID: '{header}' is not an id this server sent; send the id of the last event read.", ErrorCodes.BadUserInput),
                    StatusCodes.Status200OK, mediaType);
                return;
            }
            lastEventId = id;
        }
        var client = ClientIdentity.Of(http);
        using var stream = new EventStream(http, streams.Settings, serializer.Options);
        if (!streams.TryOpen(client, stream))
        {
            var message = streams.Stopping
                ? "The server is shutting down; connect again shortly."
                : $"This client has {streams.Settings.MaxConnectionsPerClient} event streams open, the most it may (Subscriptions:MaxConnectionsPerClient); close one first.";
            log.LogInformation("Request {RequestId}: event stream refused: {Reason}", http.TraceIdentifier, message);
            http.Response.StatusCode = streams.Stopping ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = "5";
            http.Response.ContentType = JsonContentType;
            await http.Response.WriteAsync(RequestIds.ErrorBody(message, LiveErrorCodes.TooManyStreams, http.TraceIdentifier), http.RequestAborted);
            return;
        }
        try
        {
            var live = new LiveRequest(liveChanges.FanOut, lastEventId, streams.Settings.MaxIds, streams.Settings.BufferSize, stream.Ended);
            stream.Live = live;
            using var operation = GraphQLOperationScope.Start(document, request.OperationName, http.TraceIdentifier);
            var options = OptionsFor(http, request, document, cached, deadline.Token, live: live);
            ExecutionResult result;
            try
            {
                result = await executer.ExecuteAsync(options).WaitAsync(deadline.Token);
            }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException && !http.RequestAborted.IsCancellationRequested)
            {
                var timedOut = GraphErrors.Timeout(documents.Limits.ExecutionTimeout);
                timedOut.Data["requestId"] = http.TraceIdentifier;
                await WriteResultAsync(http, new ExecutionResult { Errors = [timedOut], Executed = true }, StatusCodes.Status200OK, mediaType);
                return;
            }
            operation?.Complete(result);
            if (result.Executed && !cached) documents.AddValidated(request.Query!, document);
            if (result.Streams is { Count: > 0 } results)
            {
                await stream.RunAsync(results.Values.First());
                return;
            }
            if (result.Errors is { Count: > 0 } errors) ReportUnexpected(http, errors);
            await WriteResultAsync(http, result, StatusCodes.Status200OK, mediaType);
        }
        finally
        {
            streams.Close(client, stream);
        }
    }

    /// <summary>
    /// Logs every error the API did not raise on purpose and tags it with the request id; true when the store was
    /// unavailable or busy (then Retry-After says when to come back, for a busy one).
    /// </summary>
    bool ReportUnexpected(HttpContext http, ExecutionErrors errors)
    {
        var unavailable = false;
        foreach (var error in errors)
        {
            if (!MaskingErrorInfoProvider.IsUnexpected(error)) continue;
            error.Data["requestId"] = http.TraceIdentifier;
            var cause = error.InnerException ?? error;
            var path = error.Path is null ? "" : string.Join('.', error.Path);
            if (MaskingErrorInfoProvider.StoreBusy(error) is { } busy)
            {
                unavailable = true;
                http.Response.Headers.RetryAfter = Math.Ceiling(busy.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                log.LogInformation("Request {RequestId}: store busy at {Path}: {Reason}", http.TraceIdentifier, path, busy.Message);
            }
            else if (MaskingErrorInfoProvider.IsStoreUnavailable(error))
            {
                unavailable = true;
                log.LogWarning(cause, "Request {RequestId}: store unavailable at {Path}", http.TraceIdentifier, path);
            }
            else
            {
                log.LogError(cause, "Request {RequestId}: unexpected error at {Path}", http.TraceIdentifier, path);
            }
        }
        return unavailable;
    }

    static OperationType? OperationTypeOf(GraphQLDocument document, string? operationName)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition operation &&
                (string.IsNullOrEmpty(operationName) || operation.Name?.StringValue == operationName))
                return operation.Operation;
        }
        return null;
    }


    /// <summary>
    /// A request that could not be executed: 400 for graphql-response+json; 200 for application/json, as
    /// GraphQL over HTTP asks so that older clients still read the errors.
    /// </summary>
    static int BadRequestFor(string mediaType) =>
        mediaType == ResponseMediaType.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    static ExecutionResult Failure(string message, string code) => new() { Errors = [new ExecutionError(message) { Code = code }] };

    Task WriteProblemAsync(HttpContext http, int status, string message) =>
        WriteResultAsync(http, Failure(message, status == StatusCodes.Status405MethodNotAllowed ? "METHOD_NOT_ALLOWED" : "NOT_ACCEPTABLE"), status, ResponseMediaType.GraphQLResponse);

    /// <summary>
    /// Serializes straight into Kestrel's response pipe, synchronously: answers are at most a few hundred KB and
    /// already in memory, so the async stream path would only add state machines and copies.
    /// </summary>
    /// <summary>
    /// How one request runs, plain or streamed: its parsed document with the validation it still needs, and the graph
    /// context every resolver reads, with the curator of a mutation or the live changes of a subscription.
    /// </summary>
    ExecutionOptions OptionsFor(HttpContext http, GraphQLRequest request, GraphQLDocument document, bool cached, CancellationToken cancellationToken,
        Curator? curator = null, LiveRequest? live = null) => new()
    {
        Query = request.Query,
        Document = document,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions,
        UserContext = new GraphContext(store, http.TraceIdentifier, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            Curator = curator,
            Curation = curation,
            CurationOffReason = curationOffReason,
            Live = live,
        },
        RequestServices = http.RequestServices,
        CancellationToken = cancellationToken,
        ValidationRules = documents.RulesFor(document, cached),
    };

    async Task WriteResultAsync(HttpContext http, ExecutionResult result, int status, string mediaType)
    {
        GraphQLErrorCounter.Count(result.Errors);
        if (mediaType == ResponseMediaType.EventStream)
        {
            // GraphQL over SSE: the stream is accepted whatever happened, and the answer is its one next event.
            ServerSentEvents.Start(http.Response);
            ServerSentEvents.WriteNext(http.Response.BodyWriter, result, null, serializer.Options);
            ServerSentEvents.WriteComplete(http.Response.BodyWriter);
            await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
            return;
        }
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType == ResponseMediaType.Json ? JsonContentType : GraphQLResponseContentType;
        using (var writer = new Utf8JsonWriter(http.Response.BodyWriter, GraphQLJson.WriterOptions))
        {
            ExecutionResultWriter.Write(writer, result, serializer.Options);
        }
        await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
    }
}
