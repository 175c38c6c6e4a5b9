using MineralGraph.Domain.Store;
using MineralGraph.GraphQL.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MineralGraph.Server.Hosting;

/// <summary>
/// OpenTelemetry: spans from the "MineralGraph" source, the store's own (each <see cref="StoreActivitySource"/> the
/// store registered, e.g. "MineralGraph.Neo4j"), ASP.NET Core and HttpClient;
/// the "MineralGraph" meter plus ASP.NET Core's and HttpClient's. The sources and meters are described to any
/// OpenTelemetry provider the host builds, but a provider (and so any listener) is built only when an OTLP
/// endpoint is configured: <c>OpenTelemetry:Otlp:Endpoint</c> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.
/// Without one nothing listens and instrumented code pays a null check.
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "mineralgraph";

    /// <summary>Call after the store is registered: the store it wraps must already be there.</summary>
    public static IServiceCollection AddMineralGraphTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ObserveGraphStore(services);
        string[] sources = [MineralGraphTelemetry.Name, .. StoreSources(services)];
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing
            .AddSource(sources)
            .AddAspNetCoreInstrumentation(asp => asp.Filter = context => !IsHealthCheck(context.Request.Path))
            .AddHttpClientInstrumentation());
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics
            .AddMeter(MineralGraphTelemetry.Name)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation());

        if (OtlpExport.From(configuration) is not { } otlp)
        {
            services.AddHostedService(sp => new TelemetryAnnouncement(sp.GetRequiredService<ILogger<TelemetryAnnouncement>>(), null));
            return services;
        }
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? ServiceName))
            .WithTracing(_ => { })
            .WithMetrics(_ => { })
            .UseOtlpExporter(otlp.Protocol, otlp.Endpoint);
        services.AddHostedService(sp => new TelemetryAnnouncement(sp.GetRequiredService<ILogger<TelemetryAnnouncement>>(), otlp));
        return services;
    }

    static IEnumerable<string> StoreSources(IServiceCollection services) =>
        services.Where(d => d.ServiceType == typeof(StoreActivitySource) && !d.IsKeyedService)
            .Select(d => d.ImplementationInstance).OfType<StoreActivitySource>().Select(s => s.Name);

    static bool IsHealthCheck(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");

    /// <summary>Replaces the registered <see cref="IGraphStore"/> with the same store wrapped in <see cref="ObservedGraphStore"/>.</summary>
    static void ObserveGraphStore(IServiceCollection services)
    {
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(IGraphStore))
                    ?? throw new InvalidOperationException("Register the graph store before telemetry: there is no IGraphStore to observe.");
        services.Remove(inner);
        services.Add(ServiceDescriptor.Singleton<IGraphStore>(sp => new ObservedGraphStore((IGraphStore)(
            inner.ImplementationInstance
            ?? inner.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.GetServiceOrCreateInstance(sp, inner.ImplementationType!)))));
    }

    /// <summary>Where OTLP goes, from <c>OpenTelemetry:Otlp:Endpoint</c>/<c>:Protocol</c> or the OTEL_* variables.</summary>
    public sealed record OtlpExport(Uri Endpoint, OtlpExportProtocol Protocol)
    {
        public static OtlpExport? From(IConfiguration configuration)
        {
            var endpoint = (configuration["OpenTelemetry:Otlp:Endpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])?.Trim();
            if (string.IsNullOrEmpty(endpoint)) return null;
            if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                throw new InvalidOperationException($"OpenTelemetry:Otlp:Endpoint is '{endpoint}'; give an http(s) URL such as http://localhost:4317.");
            var protocol = (configuration["OpenTelemetry:Otlp:Protocol"] ?? configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] ?? "grpc").Trim().ToLowerInvariant() switch
            {
                "grpc" => OtlpExportProtocol.Grpc,
                "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
                var other => throw new InvalidOperationException($"OpenTelemetry:Otlp:Protocol is '{other}'; use 'grpc' or 'http/protobuf'."),
            };
            return new OtlpExport(uri, protocol);
        }
    }

    /// <summary>One start-up line saying where telemetry goes, so an operator can tell "off" from "broken".</summary>
    sealed class TelemetryAnnouncement(ILogger<TelemetryAnnouncement> log, OtlpExport? otlp) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (otlp is null)
                log.LogInformation("Telemetry: OTLP export is off (set OpenTelemetry:Otlp:Endpoint or OTEL_EXPORTER_OTLP_ENDPOINT to send traces and metrics)");
            else
                log.LogInformation("Telemetry: sending traces, metrics and logs over OTLP ({Protocol}) to {Endpoint}", otlp.Protocol, otlp.Endpoint);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
