using System.ComponentModel.DataAnnotations;
using System.Buffers;
using Audiobook.Media.Loudness;
using Audiobook.Media.Mastering;

namespace Audiobook.Media.Pcm;

/// <summary>Writes one chapter's PCM: segment audio and pauses, in order. Every sample also goes through a
/// <see cref="LoudnessMeter"/> as it is written, so the chapter's levels are known without decoding it again.
/// The data goes to a temporary file beside <c>finalPath</c> that is renamed onto it by
/// <see cref="CompleteAsync"/>: the final name never holds a partial chapter. Disposing without completing
/// deletes the temporary file. Mono only (the meter is mono). Not thread-safe.</summary>
public sealed class PcmChapterWriter : IAsyncDisposable
{
    private const int ChunkFrames = 8192;
    private readonly string _finalPath;
    private readonly string _tempPath;
    private readonly FileStream _stream;
    private readonly LoudnessMeter _meter;
    private readonly PcmChapterWriterOptions _options;
    private RoomToneGenerator? _roomTone;
    private long _frames;
    private bool _completed;
    private bool _disposed;

    /// <summary>A writer whose pauses are the profile's room tone (or silence when it has none).</summary>
    public PcmChapterWriter(string finalPath, PcmFormat format, MasteringProfile profile)
        : this(finalPath, format, PcmChapterWriterOptions.For(profile))
    {
    }

    /// <exception cref="ValidationException"><paramref name="options"/> holds a value out of range.</exception>
    public PcmChapterWriter(string finalPath, PcmFormat format, PcmChapterWriterOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(finalPath);
        ArgumentNullException.ThrowIfNull(format);
        if (format.Channels != 1)
        {
            throw new ArgumentException("PcmChapterWriter writes mono PCM only.", nameof(format));
        }

        Format = format;
        _options = options ?? new PcmChapterWriterOptions();
        Validator.ValidateObject(_options, new ValidationContext(_options), validateAllProperties: true);
        _finalPath = Path.GetFullPath(finalPath);
        var directory = Path.GetDirectoryName(_finalPath)!;
        Directory.CreateDirectory(directory);
        _tempPath = Path.Combine(directory, $".{Path.GetFileName(_finalPath)}.{Guid.NewGuid():N}.partial");
        _stream = new FileStream(_tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        _meter = new LoudnessMeter(format.SampleRate);
    }

    public PcmFormat Format { get; }

    /// <summary>The time written so far: where the next audio starts (for captions and chapter marks).</summary>
    public TimeSpan Position => Format.DurationOfFrames(_frames);

    public long BytesWritten => _frames * Format.BlockAlign;

    /// <summary>Path of the temporary file being written (renamed to the final path on completion).</summary>
    public string TemporaryPath => _tempPath;

    /// <summary>Appends PCM in this writer's format. The length must be whole frames.</summary>
    public async ValueTask WriteAudioAsync(ReadOnlyMemory<byte> pcm, CancellationToken cancellationToken)
    {
        EnsureWritable();
        if (pcm.Length % Format.BlockAlign != 0)
        {
            throw new ArgumentException($"PCM must be whole {Format.BlockAlign}-byte frames; got {pcm.Length} bytes.", nameof(pcm));
        }

        _meter.Add(pcm.Span);
        await _stream.WriteAsync(pcm, cancellationToken).ConfigureAwait(false);
        _frames += pcm.Length / Format.BlockAlign;
    }

    /// <summary>Appends a pause of <paramref name="duration"/> (to the nearest frame), filled per the options.</summary>
    public ValueTask WritePauseAsync(TimeSpan duration, CancellationToken cancellationToken) =>
        WritePauseAsync(duration, _options.PauseFill, cancellationToken);

    /// <summary>Appends a pause of <paramref name="duration"/> filled with <paramref name="fill"/>.</summary>
    public async ValueTask WritePauseAsync(TimeSpan duration, PauseFill fill, CancellationToken cancellationToken)
    {
        EnsureWritable();
        var remaining = Format.FramesFor(duration);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkFrames * Format.BlockAlign);
        try
        {
            while (remaining > 0)
            {
                var frames = (int)Math.Min(remaining, ChunkFrames);
                var chunk = buffer.AsMemory(0, frames * Format.BlockAlign);
                if (fill == PauseFill.RoomTone)
                {
                    _roomTone ??= new RoomToneGenerator(Format, _options.RoomToneDb, _options.Seed);
                    _roomTone.Fill(chunk.Span);
                }
                else
                {
                    chunk.Span.Clear();
                }

                _meter.Add(chunk.Span);
                await _stream.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
                _frames += frames;
                remaining -= frames;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The levels of everything written so far.</summary>
    public LoudnessReport GetReport() => _meter.GetReport();

    /// <summary>Flushes the data to disk, renames the temporary file onto the final path (replacing an older
    /// file) and returns the chapter's levels.</summary>
    public async Task<LoudnessReport> CompleteAsync(CancellationToken cancellationToken)
    {
        EnsureWritable();
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        _stream.Flush(flushToDisk: true);
        await _stream.DisposeAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        File.Move(_tempPath, _finalPath, overwrite: true);
        _completed = true;
        return _meter.GetReport();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stream.DisposeAsync().ConfigureAwait(false);
        if (!_completed)
        {
            File.Delete(_tempPath);
        }
    }

    private void EnsureWritable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed)
        {
            throw new InvalidOperationException("The chapter is complete; nothing more can be written to it.");
        }
    }
}
