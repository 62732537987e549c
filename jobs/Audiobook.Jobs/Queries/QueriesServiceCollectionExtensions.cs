using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Jobs.Queries;

/// <summary>Wires the read-only queries into a host that has the service's state (<c>AddAudiobookJobClient</c>).</summary>
public static class QueriesServiceCollectionExtensions
{
    public static IServiceCollection AddAudiobookQueries(this IServiceCollection services)
    {
        services.AddScoped<RenderQueries>();
        services.AddSingleton<RenderIds>();
        return services;
    }
}
