using Audiobook.TtsServer.Faults;
using Audiobook.TtsServer.RateLimiting;
using Audiobook.TtsServer.Synthesis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Audiobook.TtsServer.Realtime;

/// <summary>The singletons a realtime session uses, gathered so a session takes one constructor argument.</summary>
internal sealed class RealtimeServices(
    IOptions<LocalTtsServerOptions> options,
    TimeProvider timeProvider,
    ServerStatistics statistics,
    ModelRateLimiter rateLimiter,
    FaultInjector faults,
    VoiceResolver voices,
    SpeechSynthesizer synthesizer,
    AudioEncoder encoder,
    SynthesisSlots slots,
    ILogger<RealtimeSession> logger)
{
    public LocalTtsServerOptions Options { get; } = options.Value;
    public TimeProvider Time { get; } = timeProvider;
    public ServerStatistics Statistics { get; } = statistics;
    public ModelRateLimiter RateLimiter { get; } = rateLimiter;
    public FaultInjector Faults { get; } = faults;
    public VoiceResolver Voices { get; } = voices;
    public SpeechSynthesizer Synthesizer { get; } = synthesizer;
    public AudioEncoder Encoder { get; } = encoder;
    public SynthesisSlots Slots { get; } = slots;
    public ILogger<RealtimeSession> Logger { get; } = logger;
}
