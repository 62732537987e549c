using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Ingest;

/// <summary>Wiring of book reading into any host (CLI, dashboard, worker).</summary>
public static class IngestServiceCollectionExtensions
{
    /// <summary>Binds <see cref="IngestOptions"/> from the <c>Ingest</c> section and validates it at start.</summary>
    public static IServiceCollection AddBookIngest(this IServiceCollection services)
    {
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
