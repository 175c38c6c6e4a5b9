using MineralGraph.Domain.Store;

namespace MineralGraph.Server.Hosting;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/healthz</c>: the process answers. <c>/readyz</c>: the store answers a count (503 when it throws), so a
    /// load balancer only sends traffic once Neo4j is reachable.
    /// </summary>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok\n"));
        app.MapGet("/readyz", async (IGraphStore store, ILogger<IGraphStore> log, CancellationToken cancellationToken) =>
        {
            try
            {
                var counts = await store.CountAsync(cancellationToken);
                return Results.Json(new { status = "ready", entities = counts.Entities.Values.Sum(), relations = counts.Relations.Values.Sum() });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Readiness check failed: the store did not answer");
                return Results.Json(new { status = "unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
    }
}
