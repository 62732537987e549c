using Audiobook.Media.Probing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Audiobook.Media.Encoding;

/// <summary>Wiring of encoding and probing into any host (CLI, dashboard, worker).</summary>
public static class MediaServiceCollectionExtensions
{
    /// <summary>Binds <see cref="EncoderOptions"/> from the <c>Encoder</c> section, validates it at start, and registers one
    /// <see cref="AudioEncoder"/> and one <see cref="MediaProbe"/> per container (each caps its own ffmpeg processes).</summary>
    public static IServiceCollection AddMediaEncoding(this IServiceCollection services)
    {
        services.AddOptions<EncoderOptions>().BindConfiguration(EncoderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new AudioEncoder(sp.GetRequiredService<IOptions<EncoderOptions>>().Value));
        services.AddSingleton(sp => new MediaProbe(sp.GetRequiredService<IOptions<EncoderOptions>>().Value));
        return services;
    }
}
