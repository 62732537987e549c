using System.Collections.Concurrent;
using Audiobook.Core.Voices;
using Audiobook.Jobs.Hosting;
using Audiobook.Jobs.RateLimiting;
using Audiobook.Rendering;
using Audiobook.Rendering.Synthesis;
using Audiobook.Tts;
using Audiobook.Tts.Catalog;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Audiobook.Jobs.Execution;

/// <summary>One worker process's synthesizers: a pool of long-lived commit-mode sessions per voice, shared by every
/// chapter job of that voice, each drawing from the one PostgreSQL token bucket of its model and API key
/// (<c>Rendering:RequestsPerMinute</c>, else the model's documented limit; 0 turns the shared limit off).</summary>
public sealed class SynthesizerRegistry(
    RealtimeSynthesizerFactory factory,
    IOptions<TtsClientOptions> tts,
    IOptions<RenderingOptions> rendering,
    IOptions<WorkerOptions> worker,
    NpgsqlDataSource database,
    TimeProvider timeProvider) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<VoiceSettings, Lazy<RealtimeSegmentSynthesizer>> _synthesizers = new();
    private readonly ConcurrentDictionary<string, IRequestRateLimiter> _limiters = new(StringComparer.Ordinal);

    /// <summary>The shared synthesizer of <paramref name="voice"/>; the registry owns it (callers do not dispose it).</summary>
    public ISegmentSynthesizer For(VoiceSettings voice) =>
        _synthesizers.GetOrAdd(voice, v => new Lazy<RealtimeSegmentSynthesizer>(() => Create(v))).Value;

    /// <summary>Transient TTS failures retried so far by this process.</summary>
    public int Retries => _synthesizers.Values.Where(l => l.IsValueCreated).Sum(l => l.Value.Retries);

    private RealtimeSegmentSynthesizer Create(VoiceSettings voice) =>
        factory.Create(tts.Value, voice, worker.Value.Sessions, rendering.Value.SampleRate, LimiterFor(voice.Model));

    private IRequestRateLimiter LimiterFor(string model)
    {
        var rpm = rendering.Value.RequestsPerMinute ?? DocumentedLimit(model);
        if (rpm <= 0)
        {
            return UnlimitedRateLimiter.Instance;
        }

        var key = RateBucketKey.For(model, tts.Value.ApiKey ?? "", Math.Max(2, rpm));
        return _limiters.GetOrAdd(key.Key, _ => new PostgresTokenBucket(database, key, timeProvider));
    }

    private static int DocumentedLimit(string model)
    {
        try
        {
            return TtsModelCatalog.RequestsPerMinute(model);
        }
        catch (ArgumentException)
        {
            return 180; // A model the catalog does not list: the common documented limit (protocol §6).
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lazy in _synthesizers.Values.Where(l => l.IsValueCreated))
        {
            await lazy.Value.DisposeAsync().ConfigureAwait(false);
        }

        _synthesizers.Clear();
    }
}
