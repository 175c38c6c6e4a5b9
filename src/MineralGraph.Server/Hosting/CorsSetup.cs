namespace MineralGraph.Server.Hosting;

public static class CorsSetup
{
    /// <summary>
    /// Browsers on other origins may call the API with GET and POST, without credentials. <c>Cors:AllowedOrigins</c>
    /// (a list) limits which origins; when it is empty any origin may.
    /// </summary>
    public static IServiceCollection AddMineralGraphCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        return services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (origins.Length == 0) policy.AllowAnyOrigin();
            else policy.WithOrigins(origins);
            policy.WithMethods("GET", "POST").AllowAnyHeader().WithExposedHeaders(RequestIds.Header, "Retry-After", StoreRoundTrips.Header).SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
    }
}
