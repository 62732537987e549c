using Audiobook.Tts;
using Audiobook.Tts.Protocol;

namespace Audiobook.Rendering.Synthesis;

/// <summary>Long-lived commit-mode sessions, several commits each. A session's <c>language_type</c> is fixed once
/// synthesis starts (a second <c>session.update</c> is an error), so idle sessions are kept per language.
/// Sessions that errored, closed or sat idle too long are dropped and replaced on the next lease.</summary>
internal sealed class RealtimeSessionPool(SessionPoolSettings options, IRequestRateLimiter limiter, TimeProvider time) : IAsyncDisposable
{
    private readonly QwenRealtimeClient _client = new(options.Client, time);
    private readonly SemaphoreSlim _slots = new(options.MaxSessions, options.MaxSessions);
    private readonly Lock _lock = new();
    private readonly List<PooledSession> _idle = [];
    private int _opened;

    /// <summary>Connections opened so far (a measure of reuse).</summary>
    public int ConnectionsOpened => Volatile.Read(ref _opened);

    public async Task<PooledSession> LeaseAsync(string languageType, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var reusable = TakeIdle(languageType);
            if (reusable is not null)
            {
                return reusable;
            }

            return await OpenAsync(languageType, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Returns a healthy session for reuse, or disposes a broken one.</summary>
    public async ValueTask ReturnAsync(PooledSession pooled, bool healthy)
    {
        try
        {
            if (healthy && pooled.Session.IsOpen)
            {
                pooled.LastUsed = time.GetTimestamp();
                PooledSession? evicted = null;
                lock (_lock)
                {
                    _idle.Add(pooled);
                    // Keep no more idle sessions than slots: drop the least recently used one.
                    if (_idle.Count > options.MaxSessions)
                    {
                        evicted = _idle.MinBy(s => s.LastUsed);
                        _idle.Remove(evicted!);
                    }
                }

                if (evicted is not null)
                {
                    await evicted.Session.DisposeAsync().ConfigureAwait(false);
                }
            }
            else
            {
                await pooled.Session.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private PooledSession? TakeIdle(string languageType)
    {
        List<PooledSession> stale = [];
        PooledSession? found = null;
        lock (_lock)
        {
            for (var i = _idle.Count - 1; i >= 0; i--)
            {
                var candidate = _idle[i];
                var tooOld = time.GetElapsedTime(candidate.LastUsed) > options.Pool.MaxIdle;
                if (tooOld || !candidate.Session.IsOpen)
                {
                    stale.Add(candidate);
                    _idle.RemoveAt(i);
                }
                else if (found is null && candidate.LanguageType == languageType)
                {
                    found = candidate;
                    _idle.RemoveAt(i);
                }
            }
        }

        foreach (var s in stale)
        {
            _ = s.Session.DisposeAsync().AsTask();
        }

        return found;
    }

    private async Task<PooledSession> OpenAsync(string languageType, CancellationToken cancellationToken)
    {
        if (options.Pool.CountConnectionsAsRequests)
        {
            await limiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
        }

        var session = await _client.ConnectAsync(options.Voice.Model, cancellationToken).ConfigureAwait(false);
        try
        {
            Interlocked.Increment(ref _opened);
            var voice = options.Voice;
            await session.UpdateAsync(
                new SessionConfig
                {
                    Voice = voice.Voice,
                    Mode = SessionModes.Commit,
                    LanguageType = languageType,
                    ResponseFormat = AudioFormats.Pcm,
                    SampleRate = options.SampleRate,
                    SpeechRate = voice.SpeechRate == 1.0 ? null : voice.SpeechRate,
                    PitchRate = voice.PitchRate == 1.0 ? null : voice.PitchRate,
                    Volume = voice.Volume == 50 ? null : voice.Volume,
                    Instructions = voice.Instructions,
                },
                cancellationToken).ConfigureAwait(false);
            return new PooledSession(session, languageType, time.GetTimestamp());
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<PooledSession> idle;
        lock (_lock)
        {
            idle = [.. _idle];
            _idle.Clear();
        }

        foreach (var s in idle)
        {
            await s.Session.DisposeAsync().ConfigureAwait(false);
        }

        _slots.Dispose();
    }
}
