using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace MineralGraph.Server.Hosting;

/// <summary>The <c>RateLimiting</c> settings; see the server README for what each means and why the defaults.</summary>
public sealed class RateLimitSettings
{
    public bool Enabled { get; set; } = true;

    /// <summary>Sustained requests per second per client; below 1 means one every 1/n seconds.</summary>
    public double PermitsPerSecond { get; set; } = 100;

    /// <summary>How many requests a client that was quiet may send at once.</summary>
    public int Burst { get; set; } = 200;

    /// <summary>
    /// Requests from this machine (127.0.0.0/8, ::1, or no IP: a Unix socket) are not limited: the operator's own tools, health probes
    /// and the bench load driver. Turn off when a reverse proxy on the same machine forwards public traffic.
    /// </summary>
    public bool ExemptLoopback { get; set; } = true;
}

/// <summary>
/// Per-client token buckets on <c>/graphql</c> and <c>/export</c>, a client as <see cref="ClientIdentity"/> names it. A refused request gets 429, <c>Retry-After</c> in seconds and
/// a GraphQL-shaped error with code <c>RATE_LIMITED</c>. Health checks are never limited.
/// </summary>
public static class RateLimits
{
    public const string Code = "RATE_LIMITED";
    static readonly string[] LimitedPaths = ["/graphql", "/export"];

    public static IServiceCollection AddMineralGraphRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("RateLimiting").Get<RateLimitSettings>() ?? new RateLimitSettings();
        if (!settings.Enabled) return services;
        if (!(settings.PermitsPerSecond > 0) || double.IsInfinity(settings.PermitsPerSecond))
            throw new InvalidOperationException($"RateLimiting:PermitsPerSecond is {settings.PermitsPerSecond}; give a number above 0 (or set RateLimiting:Enabled=false).");
        if (settings.Burst < 1)
            throw new InvalidOperationException($"RateLimiting:Burst is {settings.Burst}; give a whole number of at least 1.");

        var bucket = BucketFor(settings);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                ClientOf(context, settings) is { } client
                    ? RateLimitPartition.GetTokenBucketLimiter(client, _ => bucket)
                    : RateLimitPartition.GetNoLimiter(""));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>Goes after CORS, so a browser can read the 429.</summary>
    public static WebApplication UseMineralGraphRateLimits(this WebApplication app)
    {
        // Registered only when enabled; without it the middleware has nothing to apply.
        if (app.Services.GetService<Microsoft.Extensions.Options.IOptions<RateLimiterOptions>>()?.Value.GlobalLimiter is not null)
            app.UseRateLimiter();
        return app;
    }

    /// <summary>Token buckets refill whole tokens: a fractional rate becomes one token every 1/rate seconds.</summary>
    static TokenBucketRateLimiterOptions BucketFor(RateLimitSettings settings)
    {
        var (tokens, period) = settings.PermitsPerSecond >= 1
            ? ((int)Math.Round(settings.PermitsPerSecond), TimeSpan.FromSeconds(1))
            : (1, TimeSpan.FromSeconds(1 / settings.PermitsPerSecond));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.Burst,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 0, // refuse at once: a queued GraphQL request only holds a connection longer
            AutoReplenishment = true,
        };
    }

    /// <summary>The partition a request is counted in, or null when it is not limited.</summary>
    static string? ClientOf(HttpContext context, RateLimitSettings settings)
    {
        if (!IsLimitedPath(context.Request.Path)) return null;
        var address = ClientIdentity.RemoteAddress(context);
        // No address at all means no network peer: a Unix socket or the in-process test host, both on this machine.
        if (settings.ExemptLoopback && (address is null || IPAddress.IsLoopback(address))) return null;
        return ClientIdentity.Of(context);
    }

    static bool IsLimitedPath(PathString path)
    {
        foreach (var limited in LimitedPaths)
        {
            if (path.StartsWithSegments(limited, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        var response = rejected.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(RequestIds.ErrorBody(
            $"Too many requests: this client is over its rate limit; retry after {seconds} s.", Code, rejected.HttpContext.TraceIdentifier), cancellationToken);
    }
}
