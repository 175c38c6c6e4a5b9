using MineralGraph.Domain.Store;

namespace MineralGraph.Server.Hosting;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/healthz</c>: the process answers. <c>/readyz</c>: the store's <see cref="IStoreReadiness"/> check passes (503
    /// when it throws), so a load balancer only sends traffic once the database is reachable. A store without a check
    /// of its own is asked one id lookup (<see cref="LookupReadiness"/>); the Neo4j store asks Neo4j directly, never
    /// from its read cache and never queued behind other reads.
    /// </summary>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok\n"));
        app.MapGet("/readyz", async (IServiceProvider services, ILogger<IGraphStore> log, CancellationToken cancellationToken) =>
        {
            var readiness = services.GetService<IStoreReadiness>() ?? new LookupReadiness(services.GetRequiredService<IGraphStore>());
            try
            {
                await readiness.CheckAsync(cancellationToken);
                return Results.Json(new { status = "ready" });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Readiness check failed: the store did not answer");
                return Results.Json(new { status = "unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
    }
}
