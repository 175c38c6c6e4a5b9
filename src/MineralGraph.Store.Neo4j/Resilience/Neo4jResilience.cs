using MineralGraph.Domain.Store;
using MineralGraph.Store.Neo4j.QueryApi;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace MineralGraph.Store.Neo4j.Resilience;

/// <summary>
/// The one resilience pipeline around every Query API call: total timeout → retry (reads only) → circuit
/// breaker → attempt timeout. Reads get the short attempt/total timeouts; a write (a load batch, a schema
/// change that waits for its index) gets <see cref="Neo4jOptions.WriteTimeout"/> and is never retried. It wraps send + parse rather than the bare HTTP call because Neo4j puts its
/// transient/permanent verdict in the body (<c>Neo.TransientError.*</c>), not only in the HTTP status.
/// </summary>
public static class Neo4jResilience
{
    public const string PipelineKey = "neo4j-query-api";

    /// <summary>Set on the context by the caller: only statements that merely read may be sent twice.</summary>
    public static readonly ResiliencePropertyKey<bool> IsRead = new("neo4j.is-read");

    /// <summary>False for a read that must not be sent again after an attempt timed out (a coalesced statement, asked again per caller instead).</summary>
    public static readonly ResiliencePropertyKey<bool> RetryTimeouts = new("neo4j.retry-timeouts");

    public static void Configure(ResiliencePipelineBuilder builder, Neo4jOptions options)
    {
        builder
            .AddTimeout(new TimeoutStrategyOptions
            {
                Name = "neo4j-total",
                TimeoutGenerator = args => ValueTask.FromResult(IsReadCall(args.Context) ? options.TotalTimeout : options.WriteTimeout),
            })
            .AddRetry(new RetryStrategyOptions
            {
                Name = "neo4j-read-retry",
                MaxRetryAttempts = Math.Max(options.ReadRetries, 1),
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(
                    options.ReadRetries > 0 && IsReadCall(args.Context) && IsTransient(args.Outcome.Exception)
                    && (args.Context.Properties.GetValue(RetryTimeouts, true) || args.Outcome.Exception is not TimeoutRejectedException)),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                Name = "neo4j-breaker",
                FailureRatio = 0.5,
                MinimumThroughput = 8,
                SamplingDuration = TimeSpan.FromSeconds(10),
                BreakDuration = options.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome.Exception)),
            })
            .AddTimeout(new TimeoutStrategyOptions
            {
                Name = "neo4j-attempt",
                TimeoutGenerator = args => ValueTask.FromResult(IsReadCall(args.Context) ? options.AttemptTimeout : options.WriteTimeout),
            });
    }

    static bool IsReadCall(ResilienceContext context) => context.Properties.GetValue(IsRead, false);

    /// <summary>Failures that say nothing about the request itself: the server was down, slow or busy.</summary>
    public static bool IsTransient(Exception? exception) => exception is
        HttpRequestException or IOException or TimeoutRejectedException or Neo4jTransientException or StoreUnavailableException;
}
