using MineralGraph.Domain.Store;

namespace MineralGraph.Server.Hosting;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/healthz</c>: the process answers. <c>/readyz</c>: the store answers one id lookup (503 when it throws), so a
    /// load balancer only sends traffic once Neo4j is reachable. A lookup, not a count: probes come every few seconds,
    /// and counting a million relations takes Neo4j longer than a probe waits (it would keep running the abandoned scans).
    /// </summary>
    public const string ProbeId = "readiness/probe";

    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok\n"));
        app.MapGet("/readyz", async (IGraphStore store, ILogger<IGraphStore> log, CancellationToken cancellationToken) =>
        {
            try
            {
                await store.GetEntityAsync(ProbeId, cancellationToken);
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
