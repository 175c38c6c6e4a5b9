using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MineralGraph.Domain.Store;
using MineralGraph.Store.Neo4j.Cypher;
using MineralGraph.Store.Neo4j.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Timeout;

namespace MineralGraph.Store.Neo4j.QueryApi;

/// <summary>
/// The only code that talks to Neo4j: sends statements to the Query API (<c>POST /db/{db}/query/v2</c>, typed
/// JSON back), opens explicit transactions for multi-statement writes, and turns every failure into one of
/// <see cref="Neo4jClientException"/>, <see cref="Neo4jAuthenticationException"/>, <see cref="Neo4jTransientException"/>,
/// <see cref="Neo4jDatabaseException"/> or, when Neo4j cannot answer at all, <see cref="StoreUnavailableException"/>.
/// Disposing it waits for the reads still in flight and their rollbacks, so none leaves its transaction open.
/// </summary>
public sealed class Neo4jQueryApiClient : IAsyncDisposable, IDisposable
{
    public const string HttpClientName = "neo4j-query-api";
    const string TypedJson = "application/vnd.neo4j.query";
    const string AffinityHeader = "neo4j-cluster-affinity";

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    readonly IHttpClientFactory httpClients;
    readonly Neo4jOptions options;
    readonly ResiliencePipeline pipeline;
    readonly AuthenticationHeaderValue? authorization;
    readonly ReadsInFlight reads = new();

    public Neo4jQueryApiClient(IHttpClientFactory httpClients, IOptions<Neo4jOptions> options, ResiliencePipelineProvider<string> pipelines)
    {
        this.httpClients = httpClients;
        this.options = options.Value;
        pipeline = pipelines.GetPipeline(Neo4jResilience.PipelineKey);
        authorization = this.options.Password.Length == 0
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{this.options.User}:{this.options.Password}")));
    }

    /// <summary>Where the client sends requests, for messages.</summary>
    public string Endpoint => $"{options.Uri} (database {options.Database})";

    /// <summary>
    /// Runs a read-only statement in a transaction of its own that Neo4j ends after
    /// <see cref="Neo4jOptions.ReadTransactionTimeout"/>; transient failures are retried. The Query API takes a
    /// timeout only when a transaction is opened (an auto-commit request's <c>maxExecutionTime</c> is ignored), so
    /// the statement is sent with the request that opens its transaction — still one round trip — and the transaction
    /// is rolled back after the answer, off the caller's path (<see cref="CloseRead"/>).
    /// </summary>
    public Task<QueryResult> ReadAsync(CypherStatement statement, CancellationToken cancellationToken = default) =>
        ReadAsync(statement, retryTimeouts: true, cancellationToken);

    /// <summary>
    /// A read that, with <paramref name="retryTimeouts"/> false, is not sent again after an attempt timed out. A caller
    /// that gives up stops waiting at once, but the request is not aborted: once sent, Neo4j opens the transaction
    /// whatever the caller does, and only its answer says which transaction to roll back (an aborted request would
    /// leave it open until its timeout). The request stays bounded by the pipeline's timeouts.
    /// </summary>
    internal async Task<QueryResult> ReadAsync(CypherStatement statement, bool retryTimeouts, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var body = Request(statement, AccessMode.Read) with { MaxExecutionTime = options.ReadTransactionTimeout };
        var read = SendReadAsync(body, retryTimeouts);
        reads.Track(read);
        try
        {
            return QueryResult.From(await read.WaitAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Nobody will look at this answer or its failure; it only closes its transaction.
            _ = read.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw;
        }
    }

    async Task<QueryResponse> SendReadAsync(QueryRequest body, bool retryTimeouts)
    {
        var (response, affinity) = await SendAsync("/tx", body, AccessMode.Read, affinity: null, CancellationToken.None, retryTimeouts: retryTimeouts);
        if (response.Transaction?.Id is { } id) CloseRead(id, affinity);
        return response;
    }

    /// <summary>Runs a statement that writes, in its own transaction; never retried (it may have been applied).</summary>
    public Task<QueryResult> WriteAsync(CypherStatement statement, CancellationToken cancellationToken = default) =>
        RunAsync(statement, AccessMode.Write, cancellationToken);

    public async Task<QueryResult> RunAsync(CypherStatement statement, AccessMode mode, CancellationToken cancellationToken = default)
    {
        if (mode == AccessMode.Read) return await ReadAsync(statement, cancellationToken);
        var (response, _) = await SendAsync("", Request(statement, mode), mode, affinity: null, cancellationToken);
        return QueryResult.From(response);
    }

    /// <summary>How long the rollback of a finished read may take; nobody waits for it.</summary>
    static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Rolls back a read's transaction once its answer is in. Not awaited by the read and not counted as a round trip
    /// of the request (its flow is not carried over), but tracked until done, so disposing the client waits for it;
    /// should Neo4j not answer it, Neo4j ends the transaction at its timeout anyway.
    /// </summary>
    void CloseRead(string id, string? affinity)
    {
        using (ExecutionContext.SuppressFlow())
        {
            reads.Track(Task.Run(async () =>
            {
                using var bounded = new CancellationTokenSource(CloseTimeout);
                try
                {
                    await SendAsync($"/tx/{Uri.EscapeDataString(id)}", body: null, AccessMode.Read, affinity, bounded.Token, HttpMethod.Delete);
                }
                catch (Exception)
                {
                    // The transaction only read, and it ends by itself at its timeout.
                }
            }));
        }
    }

    /// <summary>Waits for reads in flight and their rollbacks (each bounded by its timeouts) before the HTTP handler and pipeline go.</summary>
    public ValueTask DisposeAsync() => new(reads.DrainAsync());

    public void Dispose() => reads.DrainAsync().GetAwaiter().GetResult();

    /// <summary>Opens an explicit write transaction with no time limit (a seed load); dispose it without committing to roll it back.</summary>
    public Task<Neo4jTransaction> BeginAsync(CancellationToken cancellationToken = default) => BeginAsync(body: null, cancellationToken);

    /// <summary>
    /// Opens an explicit write transaction that Neo4j itself terminates once it has lived <paramref name="timeout"/>
    /// (rounded up to whole seconds), so its locks cannot outlive a server that died holding them.
    /// </summary>
    public Task<Neo4jTransaction> BeginAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        BeginAsync(new QueryRequest(null, null, null, false) { MaxExecutionTime = (int)Math.Ceiling(timeout.TotalSeconds) }, cancellationToken);

    async Task<Neo4jTransaction> BeginAsync(QueryRequest? body, CancellationToken cancellationToken)
    {
        var (response, affinity) = await SendAsync("/tx", body, AccessMode.Write, affinity: null, cancellationToken);
        var id = response.Transaction?.Id ?? throw new Neo4jDatabaseException("Neo.DatabaseError.Transaction", "the server opened a transaction without an id");
        return new Neo4jTransaction(this, id, affinity);
    }

    internal static QueryRequest Request(CypherStatement statement, AccessMode mode) =>
        new(statement.Text, statement.Parameters, mode == AccessMode.Read ? "Read" : "Write", IncludeCounters: mode == AccessMode.Write);

    /// <summary>Sends one request through the resilience pipeline and maps every failure.</summary>
    internal async Task<(QueryResponse Response, string? Affinity)> SendAsync(
        string path, QueryRequest? body, AccessMode mode, string? affinity, CancellationToken cancellationToken, HttpMethod? method = null, bool retryTimeouts = true)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(Neo4jResilience.IsRead, mode == AccessMode.Read);
        context.Properties.Set(Neo4jResilience.RetryTimeouts, retryTimeouts);
        using var activity = Neo4jTelemetry.StartCall(path, body, mode, options.Database);
        try
        {
            return await pipeline.ExecuteAsync(
                static (ctx, state) => state.client.SendOnceAsync(state.path, state.body, state.affinity, state.method, ctx.CancellationToken),
                context,
                (client: this, path, body, affinity, method: method ?? HttpMethod.Post));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException e)
        {
            throw new StoreUnavailableException($"Neo4j at {Endpoint} did not answer within {e.Timeout.TotalSeconds:0.#} s", e);
        }
        catch (BrokenCircuitException e)
        {
            throw new StoreUnavailableException($"Neo4j at {Endpoint} keeps failing; calls are paused for a few seconds", e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            throw new StoreUnavailableException($"Neo4j at {Endpoint} is unreachable: {Innermost(e).Message}", e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    async ValueTask<(QueryResponse, string?)> SendOnceAsync(string path, QueryRequest? body, string? affinity, HttpMethod method, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, options.QueryEndpoint + path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson));
        request.Headers.Authorization = authorization;
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (body is not null) request.Content = JsonContent.Create(body, options: Json);
        else if (method == HttpMethod.Post) request.Content = new StringContent("{}", Encoding.UTF8, "application/json");

        var http = httpClients.CreateClient(HttpClientName);
        RoundTripCounter.CountOne();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var parsed = await ReadBodyAsync(response, cancellationToken);
        if (!response.IsSuccessStatusCode || parsed?.Errors is { Count: > 0 })
            throw Neo4jStatus.ToException(response.StatusCode, parsed?.Errors?.FirstOrDefault(), Endpoint);
        var newAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : affinity;
        return (parsed ?? new QueryResponse(), newAffinity);
    }

    static async Task<QueryResponse?> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength == 0) return null;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            return JsonSerializer.Deserialize<QueryResponse>(text, Json) is { } parsed ? parsed with { Size = text.Length } : null;
        }
        catch (JsonException) when (!response.IsSuccessStatusCode)
        {
            return null; // an error page from a proxy: the HTTP status decides
        }
    }

    static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
