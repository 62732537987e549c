using Audiobook.Core.Voices;
using Audiobook.Rendering.Synthesis.Retry;
using Audiobook.Tts;
using Microsoft.Extensions.Options;

namespace Audiobook.Rendering.Synthesis;

/// <summary>Creates a run's <see cref="RealtimeSegmentSynthesizer"/> from the configured pool and retry options.</summary>
public sealed class RealtimeSynthesizerFactory(IOptions<SessionPoolOptions> pool, IOptions<SynthesisRetryOptions> retry, TimeProvider timeProvider)
{
    public RealtimeSegmentSynthesizer Create(TtsClientOptions client, VoiceSettings voice, int sessions, int sampleRate, IRequestRateLimiter limiter) =>
        new(
            new SessionPoolSettings { Client = client, Voice = voice, MaxSessions = sessions, SampleRate = sampleRate, Pool = pool.Value },
            limiter,
            retry.Value,
            timeProvider);
}
