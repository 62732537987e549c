using System.ComponentModel.DataAnnotations;
using Audiobook.TtsServer.Customization;
using Audiobook.TtsServer.Faults;
using Audiobook.TtsServer.Hosting;
using Audiobook.TtsServer.RateLimiting;
using Audiobook.TtsServer.Realtime;
using Audiobook.TtsServer.Synthesis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Audiobook.TtsServer;

/// <summary>Wiring of the local TTS server into any ASP.NET Core host.</summary>
public static class TtsServerHostingExtensions
{
    /// <summary>Registers the server's services. Without <paramref name="options"/> they are bound from the <c>TtsServer</c> section and
    /// validated at start; with it, that instance is validated now and used as is.</summary>
    /// <exception cref="ValidationException">The given options are invalid.</exception>
    public static IHostApplicationBuilder AddLocalTtsServer(this IHostApplicationBuilder builder, LocalTtsServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (options is null)
        {
            services.AddOptions<LocalTtsServerOptions>().BindConfiguration(LocalTtsServerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        }
        else
        {
            Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
            services.AddSingleton(Options.Create(options));
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ServerStatistics>();
        services.AddSingleton<ProcessTracker>();
        services.AddSingleton<SynthesisSlots>();
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<LocalTtsServerOptions>>().Value;
            var library = string.IsNullOrEmpty(settings.EspeakLibrary) ? null : EspeakLibrary.TryOpen(settings.EspeakLibrary);
            return new SpeechSynthesizer(sp.GetRequiredService<ProcessTracker>(), settings.EspeakPath, library);
        });
        services.AddSingleton(sp => new AudioEncoder(sp.GetRequiredService<ProcessTracker>(), sp.GetRequiredService<IOptions<LocalTtsServerOptions>>().Value.FfmpegPath));
        services.AddSingleton<VoiceStore>();
        services.AddSingleton<VoiceResolver>();
        services.AddSingleton<ModelRateLimiter>();
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<ApiKeyAuthorizer>();
        services.AddSingleton<RealtimeServices>();
        services.AddSingleton<RealtimeEndpoint>();
        services.AddSingleton<ReferenceAudioAnalyzer>();
        services.AddSingleton<PreviewRenderer>();
        services.AddSingleton<EnrollmentHandler>();
        services.AddSingleton<DesignHandler>();
        services.AddSingleton<CustomizationEndpoint>();
        services.AddSingleton<StatisticsEndpoint>();
        return builder;
    }

    /// <summary>Maps <c>/api-ws/v1/realtime</c> (WebSocket), <c>POST /api/v1/services/audio/tts/customization</c> and <c>GET /stats</c>.</summary>
    public static WebApplication MapLocalTtsServer(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.Map(RealtimeEndpoint.Path, (HttpContext context, RealtimeEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapPost(CustomizationEndpoint.Path, (HttpContext context, CustomizationEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapGet(StatisticsEndpoint.Path, (HttpContext context, StatisticsEndpoint endpoint) => endpoint.HandleAsync(context));
        return app;
    }
}
