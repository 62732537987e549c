using Audiobook.Core.Segmentation;
using Audiobook.Rendering.Configuration;
using Audiobook.Rendering.Synthesis;
using Audiobook.Rendering.Synthesis.Retry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Audiobook.Rendering;

/// <summary>Wiring of rendering into any host (CLI, dashboard, worker). The host also calls <c>AddTtsClient()</c> and
/// <c>AddMediaEncoding()</c>.</summary>
public static class RenderingServiceCollectionExtensions
{
    /// <summary>Binds and validates at start <see cref="RenderingOptions"/>, <see cref="SessionPoolOptions"/>,
    /// <see cref="SynthesisRetryOptions"/>, <see cref="SegmenterOptions"/> (Core has no configuration packages) and
    /// <see cref="ConfigFolderOptions"/>; registers <see cref="RealtimeSynthesizerFactory"/>.</summary>
    public static IServiceCollection AddRendering(this IServiceCollection services)
    {
        services.AddOptions<RenderingOptions>().BindConfiguration(RenderingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SessionPoolOptions>().BindConfiguration(SessionPoolOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SynthesisRetryOptions>().BindConfiguration(SynthesisRetryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SegmenterOptions>().BindConfiguration(SegmenterOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConfigFolderOptions>().BindConfiguration(ConfigFolderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RealtimeSynthesizerFactory>();
        return services;
    }
}
