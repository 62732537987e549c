using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Audiobook.Rendering.Cache;
using Audiobook.Rendering.Synthesis;

namespace Audiobook.Rendering.Graph;

/// <summary>Gets one segment's audio into the cache: a hit costs nothing; a miss is synthesized, checked for
/// plausibility, redone once if it looks wrong, and committed atomically. A segment still wrong after the redo
/// is kept (so a re-run does not pay again) with a <c>.suspect</c> note that the manifest reports.</summary>
internal sealed class SegmentRenderer(SegmentCache cache, ISegmentSynthesizer synthesizer, RenderSettings settings)
{
    private const int Attempts = 2;

    // A segment's audio (up to ~1 MB) is held while it is checked. A fresh MemoryStream per segment grows through
    // several large-object-heap arrays that only a gen-2 collection frees; a few reused buffers keep memory flat.
    private const int MaxPooledBytes = 8 * 1024 * 1024;
    private readonly ConcurrentBag<MemoryStream> _buffers = [];

    public async Task<SegmentAudio> RenderAsync(SegmentWork work, CancellationToken cancellationToken)
    {
        if (cache.TryGet(work.CacheKey, out var cached))
        {
            return new SegmentAudio(work, cached, FromCache: true, 0, await ReadSuspectAsync(cached, cancellationToken).ConfigureAwait(false));
        }

        var audio = _buffers.TryTake(out var reused) ? reused : new MemoryStream();
        try
        {
            return await SynthesizeAsync(work, audio, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (audio.Capacity <= MaxPooledBytes)
            {
                audio.SetLength(0);
                _buffers.Add(audio);
            }
        }
    }

    private async Task<SegmentAudio> SynthesizeAsync(SegmentWork work, MemoryStream audio, CancellationToken cancellationToken)
    {
        var segment = work.Segment;
        var billed = 0;
        var retries = 0;
        string? reason = null;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            audio.SetLength(0);
            var outcome = await synthesizer.SynthesizeAsync(segment.Text, segment.LanguageType, audio, cancellationToken).ConfigureAwait(false);
            billed += outcome.BilledCharacters;
            retries += outcome.Retries;
            var length = (int)audio.Length & ~1;
            var samples = MemoryMarshal.Cast<byte, short>(audio.GetBuffer().AsSpan(0, length));
            reason = AudioPlausibility.Check(segment.Text, segment.LanguageType, samples, settings.SampleRate, settings.Voice.SpeechRate);
            if (reason is null)
            {
                break;
            }
        }

        await using (var entry = cache.BeginWrite(work.CacheKey))
        {
            audio.Position = 0;
            await audio.CopyToAsync(entry.Stream, cancellationToken).ConfigureAwait(false);
            await entry.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        var path = cache.PathFor(work.CacheKey);
        if (reason is not null)
        {
            await File.WriteAllTextAsync(path + ".suspect", reason, cancellationToken).ConfigureAwait(false);
        }

        return new SegmentAudio(work, path, FromCache: false, billed, reason, retries);
    }

    private static async Task<string?> ReadSuspectAsync(string path, CancellationToken cancellationToken) =>
        File.Exists(path + ".suspect") ? await File.ReadAllTextAsync(path + ".suspect", cancellationToken).ConfigureAwait(false) : null;
}
