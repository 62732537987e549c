using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Audiobook.Tts;

/// <summary>Wiring of the TTS client into any host (CLI, dashboard, worker).</summary>
public static class TtsServiceCollectionExtensions
{
    /// <summary>Binds <see cref="TtsClientOptions"/> from the <c>Tts</c> section, validates it at start, and registers the
    /// system clock unless the host already registered one.</summary>
    public static IServiceCollection AddTtsClient(this IServiceCollection services)
    {
        services.AddOptions<TtsClientOptions>().BindConfiguration(TtsClientOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
