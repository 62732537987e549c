using Audiobook.Media;
using Audiobook.Media.Captions;
using Audiobook.Media.Pcm;

namespace Audiobook.Rendering.Graph;

/// <summary>Receives segments in book order (one at a time) and writes each chapter as one PCM stream: head room
/// tone, segment audio with the pause of each segment's kind, tail room tone. Loudness is measured by the writer
/// as the samples pass, and caption cues come from the running position.</summary>
internal sealed class ChapterAssembler(RenderSettings settings, string workDirectory, PcmFormat format) : IAsyncDisposable
{
    private const int CopyBufferBytes = 64 * 1024;
    private PcmChapterWriter? _writer;
    private List<CaptionCue> _cues = [];
    private List<SuspiciousSegment> _suspicious = [];
    private int _billed;

    public static string PcmPathFor(string workDirectory, int number) =>
        Path.Combine(workDirectory, $"chapter-{number:000}.pcm");

    /// <summary>Adds one segment; returns the chapter when this was its last segment.</summary>
    public async Task<AssembledChapter?> AddAsync(SegmentAudio audio, CancellationToken cancellationToken)
    {
        var work = audio.Work;
        if (work.IsFirst)
        {
            await DisposeCurrentAsync().ConfigureAwait(false);
            _writer = new PcmChapterWriter(PcmPathFor(workDirectory, work.Chapter.Number), format, settings.Profile);
            _cues = [];
            _suspicious = [];
            _billed = 0;
            await _writer.WritePauseAsync(settings.Profile.HeadRoomTone, cancellationToken).ConfigureAwait(false);
        }

        var writer = _writer ?? throw new InvalidOperationException("A chapter's segments must arrive in order.");
        var start = writer.Position;
        await CopyAudioAsync(audio.Path, writer, cancellationToken).ConfigureAwait(false);
        _cues.Add(new CaptionCue(start, writer.Position, work.Segment.Text));
        _billed += audio.BilledCharacters;
        if (audio.Suspicious is not null)
        {
            _suspicious.Add(new SuspiciousSegment(work.Chapter.Number, work.Index, work.Segment.Text, audio.Suspicious));
        }

        if (!work.IsLast)
        {
            await writer.WritePauseAsync(settings.Pauses.After(work.Segment.PauseAfter), cancellationToken).ConfigureAwait(false);
            return null;
        }

        await writer.WritePauseAsync(settings.Pauses.ChapterEnd + settings.Profile.TailRoomTone, cancellationToken).ConfigureAwait(false);
        var report = await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        await DisposeCurrentAsync().ConfigureAwait(false);
        return new AssembledChapter(work.Chapter, PcmPathFor(workDirectory, work.Chapter.Number), report, _cues, _suspicious, _billed);
    }

    private static async Task CopyAudioAsync(string path, PcmChapterWriter writer, CancellationToken cancellationToken)
    {
        var buffer = new byte[CopyBufferBytes];
        await using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        int read;
        var carry = 0;
        while ((read = await input.ReadAsync(buffer.AsMemory(carry), cancellationToken).ConfigureAwait(false)) > 0)
        {
            var total = carry + read;
            var whole = total & ~1;
            await writer.WriteAudioAsync(buffer.AsMemory(0, whole), cancellationToken).ConfigureAwait(false);
            carry = total - whole;
            if (carry > 0)
            {
                buffer[0] = buffer[whole];
            }
        }
    }

    public ValueTask DisposeAsync() => DisposeCurrentAsync();

    public async ValueTask DisposeCurrentAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
            _writer = null;
        }
    }
}
