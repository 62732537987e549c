using Audiobook.Jobs.Telemetry;
using Audiobook.Rendering.Synthesis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace Audiobook.Jobs.Hosting;

/// <summary><c>/metrics</c> in Prometheus text format, for the worker and the dashboard alike: the service's meters
/// (<see cref="ServiceMetrics"/>, <see cref="SynthesisMetrics"/>) through OpenTelemetry, plus the sampler behind the
/// renders-by-state and queue-length gauges. A host needs the job client's services (state, Hangfire storage).</summary>
public static class MetricsEndpoints
{
    public const string Path = "/metrics";

    public static IServiceCollection AddAudiobookMetrics(this IServiceCollection services)
    {
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<ServiceStateSampler>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(ServiceMetrics.MeterName, SynthesisMetrics.MeterName)
            .AddPrometheusExporter());
        return services;
    }

    public static IEndpointRouteBuilder MapAudiobookMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(Path);
        return endpoints;
    }
}
