using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using Audiobook.Core.Books;
using Audiobook.Media.Ffmpeg;
using Audiobook.Media.Mastering;
using Audiobook.Media.Probing;

namespace Audiobook.Media.Encoding;

/// <summary>Encodes deliverables from working PCM with ffmpeg (run through FFMpegCore): one pass per file that
/// applies the mastering gain and (when <c>limiter</c> is set: <see cref="Mastering.GainPlan.NeedsLimiter"/>) a
/// true-peak limiter, resamples and encodes, writing to a temporary name that is
/// renamed onto the output only after the file verifies. Every ffmpeg is tracked: cancelling a call or disposing
/// the encoder kills it and deletes the partial file. Failures throw <see cref="MediaEncodingException"/>.</summary>
public sealed class AudioEncoder : IAsyncDisposable
{
    // AAC-LC codes 1024 samples per frame; concatenated chapters keep every frame, priming included.
    private const int AacFrameSamples = 1024;
    private readonly FfmpegRunner _runner;
    private readonly MediaProbe _probe;

    // The length of each AAC file this encoder wrote, from the probe that verified it, so the mux does not start a
    // second ffprobe per chapter (each costs ~0.1 s of CPU just to load ffmpeg's libraries). Keyed by path, valid only
    // while the file keeps the size and time it had then.
    private readonly ConcurrentDictionary<string, (long Size, DateTime Written, TimeSpan Length)> _aacLengths = new(StringComparer.Ordinal);

    public AudioEncoder(EncoderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        MaxConcurrentProcesses = options.MaxConcurrentProcesses;
        _runner = new FfmpegRunner(FfmpegSetup.CreateOptions(options.FfmpegBinaryFolder), options.CancellationGracePeriod, MaxConcurrentProcesses);
        _probe = new MediaProbe(options);
    }

    public AudioEncoder()
        : this(new EncoderOptions())
    {
    }

    /// <summary>ffmpeg processes this encoder runs at once; callers that queue more calls than this only wait.</summary>
    public int MaxConcurrentProcesses { get; }

    /// <summary>Encodes one chapter as MP3 (profile bit rate, CBR, sample rate; ID3v2.3 tags; cover as the front
    /// cover picture).</summary>
    public async Task EncodeMp3Async(string pcmPath, PcmFormat format, double gainDb, bool limiter, MasteringProfile profile, AudioTags tags, CoverImage? cover, string outputPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(tags);
        var input = CheckPcm(pcmPath, format);
        using var files = new ScratchFiles(outputPath);
        var picture = cover is null ? ((string, bool)?)null : await files.WriteCoverAsync(cover, cancellationToken).ConfigureAwait(false);
        var command = EncodeCommands.Mp3(pcmPath, format, gainDb, limiter, profile, tags.ToMetadata(), picture, files.OutputPath);
        var stderr = await _runner.RunAsync(command, $"encoding {Path.GetFileName(outputPath)}", cancellationToken).ConfigureAwait(false);
        await VerifyAsync(files, "mp3", format.DurationOf(input), stderr, cancellationToken).ConfigureAwait(false);
        files.Commit();
    }

    /// <summary>Encodes one chapter as AAC in an M4A, for <see cref="MuxM4bAsync"/>; chapters can encode while
    /// later chapters are still being synthesized.</summary>
    public async Task EncodeAacAsync(string pcmPath, PcmFormat format, double gainDb, bool limiter, MasteringProfile profile, string outputPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var input = CheckPcm(pcmPath, format);
        using var files = new ScratchFiles(outputPath);
        var command = EncodeCommands.Aac(pcmPath, format, gainDb, limiter, profile, files.OutputPath);
        var stderr = await _runner.RunAsync(command, $"encoding {Path.GetFileName(outputPath)}", cancellationToken).ConfigureAwait(false);
        var length = await VerifyAsync(files, "aac", format.DurationOf(input), stderr, cancellationToken).ConfigureAwait(false);
        files.Commit();
        var written = new FileInfo(files.FinalPath);
        _aacLengths[written.FullName] = (written.Length, written.LastWriteTimeUtc, length);
    }

    /// <summary>Joins per-chapter M4A files into one M4B without re-encoding, with chapter marks, tags and cover.
    /// Only the titles of <paramref name="chapters"/> are used (one per file): the marks are placed from the
    /// encoded files themselves (AAC frames x 1024 samples), because every joined file keeps its encoder
    /// priming, so the PCM lengths would drift by ~40 ms per chapter. Returns the marks written.</summary>
    public async Task<IReadOnlyList<ChapterMarker>> MuxM4bAsync(IReadOnlyList<string> chapterAacPaths, IReadOnlyList<ChapterMarker> chapters, AudioTags tags, CoverImage? cover, string outputPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chapterAacPaths);
        ArgumentNullException.ThrowIfNull(chapters);
        ArgumentNullException.ThrowIfNull(tags);
        if (chapterAacPaths.Count == 0 || chapterAacPaths.Count != chapters.Count)
        {
            throw new ArgumentException($"Need one chapter marker per AAC file ({chapterAacPaths.Count} files, {chapters.Count} markers).", nameof(chapters));
        }

        var markers = new List<ChapterMarker>(chapters.Count);
        var start = TimeSpan.Zero;
        for (var i = 0; i < chapterAacPaths.Count; i++)
        {
            var length = await EncodedLengthAsync(chapterAacPaths[i], cancellationToken).ConfigureAwait(false);
            markers.Add(new ChapterMarker(chapters[i].Title, start, start + length));
            start += length;
        }

        using var files = new ScratchFiles(outputPath);
        var list = await files.WriteTextAsync(".ffconcat", EncodeCommands.ConcatList(chapterAacPaths), cancellationToken).ConfigureAwait(false);
        var metadata = await files.WriteTextAsync(".ffmeta", FfMetadataWriter.Write(tags, markers), cancellationToken).ConfigureAwait(false);
        var picture = cover is null ? ((string, bool)?)null : await files.WriteCoverAsync(cover, cancellationToken).ConfigureAwait(false);
        var command = EncodeCommands.MuxM4b(list, metadata, picture, tags.LanguageIso6392(), files.OutputPath);
        await _runner.RunAsync(command, $"muxing {Path.GetFileName(outputPath)}", cancellationToken).ConfigureAwait(false);
        await VerifyBookAsync(files, markers, cover is not null, start, cancellationToken).ConfigureAwait(false);
        files.Commit();
        return markers;
    }

    /// <summary>The measured alternative to per-chapter AAC + <see cref="MuxM4bAsync"/>: one ffmpeg pass that
    /// joins the chapters' PCM (each with its own gain), limits and encodes the whole book. Chapter marks are exact
    /// PCM positions (one encoder, one priming). It cannot start before the last chapter is synthesized.</summary>
    public async Task<IReadOnlyList<ChapterMarker>> EncodeM4bAsync(IReadOnlyList<M4bChapterSource> chapters, PcmFormat format, MasteringProfile profile, AudioTags tags, CoverImage? cover, string outputPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(tags);
        if (chapters.Count == 0)
        {
            throw new ArgumentException("A book needs at least one chapter.", nameof(chapters));
        }

        var markers = new List<ChapterMarker>(chapters.Count);
        var start = TimeSpan.Zero;
        foreach (var chapter in chapters)
        {
            var length = format.DurationOf(CheckPcm(chapter.PcmPath, format));
            markers.Add(new ChapterMarker(chapter.Title, start, start + length));
            start += length;
        }

        using var files = new ScratchFiles(outputPath);
        var metadata = await files.WriteTextAsync(".ffmeta", FfMetadataWriter.Write(tags, markers), cancellationToken).ConfigureAwait(false);
        var picture = cover is null ? ((string, bool)?)null : await files.WriteCoverAsync(cover, cancellationToken).ConfigureAwait(false);
        var command = EncodeCommands.SinglePassM4b(chapters, format, profile, metadata, picture, tags.LanguageIso6392(), files.OutputPath);
        await _runner.RunAsync(command, $"encoding {Path.GetFileName(outputPath)}", cancellationToken).ConfigureAwait(false);
        await VerifyBookAsync(files, markers, cover is not null, start, cancellationToken).ConfigureAwait(false);
        files.Commit();
        return markers;
    }

    public async ValueTask DisposeAsync()
    {
        await _runner.DisposeAsync().ConfigureAwait(false);
        await _probe.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<TimeSpan> EncodedLengthAsync(string path, CancellationToken cancellationToken)
    {
        var file = new FileInfo(path);
        if (_aacLengths.TryGetValue(file.FullName, out var known) && file.Exists && known.Size == file.Length && known.Written == file.LastWriteTimeUtc)
        {
            return known.Length;
        }

        return AacLength(await _probe.ProbeAsync(path, cancellationToken).ConfigureAwait(false), path);
    }

    private static TimeSpan AacLength(ProbeResult probe, string path)
    {
        var audio = probe.Audio;
        if (audio is not { CodecName: "aac", SampleRate: > 0 })
        {
            throw new MediaEncodingException($"{Path.GetFileName(path)} is not an AAC file (found {audio?.CodecName ?? "no audio"}).");
        }

        return audio.FrameCount is { } frames
            ? TimeSpan.FromTicks((long)Math.Round(frames * AacFrameSamples * (double)TimeSpan.TicksPerSecond / audio.SampleRate.Value))
            : audio.Duration ?? probe.Duration;
    }

    /// <summary>Checks the encoded file's codec and length against what was asked for, from ffmpeg's own report of what it wrote
    /// (<see cref="EncodeReportParser"/>), or from a probe of the file when the report is missing; returns the length the M4B mux
    /// places chapter marks by (AAC frames × 1024 samples).</summary>
    private async Task<TimeSpan> VerifyAsync(ScratchFiles files, string codec, TimeSpan expected, IReadOnlyList<string> ffmpegStderr, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(files.FinalPath);
        var report = EncodeReportParser.TryParse(ffmpegStderr);
        var written = new FileInfo(files.OutputPath);
        if (report is null || !written.Exists || written.Length == 0)
        {
            var probe = await _probe.ProbeAsync(files.OutputPath, cancellationToken).ConfigureAwait(false);
            Check(name, codec, probe.Audio?.CodecName, probe.Duration, expected);
            return codec == "aac" ? AacLength(probe, files.FinalPath) : probe.Duration;
        }

        Check(name, codec, report.CodecName, report.Duration, expected);
        return codec == "aac"
            ? TimeSpan.FromTicks((long)Math.Round(report.Packets * AacFrameSamples * (double)TimeSpan.TicksPerSecond / report.SampleRate))
            : report.Duration;
    }

    private static void Check(string name, string codec, string? foundCodec, TimeSpan found, TimeSpan expected)
    {
        if (foundCodec != codec)
        {
            throw new MediaEncodingException($"{name} did not verify: expected {codec} audio, found {foundCodec ?? "none"}.");
        }

        if ((found - expected).Duration() > TimeSpan.FromSeconds(1))
        {
            throw new MediaEncodingException($"{name} did not verify: it lasts {found} instead of {expected}.");
        }
    }

    private async Task VerifyBookAsync(ScratchFiles files, List<ChapterMarker> markers, bool withCover, TimeSpan expected, CancellationToken cancellationToken)
    {
        var probe = await _probe.ProbeAsync(files.OutputPath, cancellationToken).ConfigureAwait(false);
        var name = Path.GetFileName(files.FinalPath);
        if (probe.Audio?.CodecName != "aac")
        {
            throw new MediaEncodingException($"{name} did not verify: no AAC audio.");
        }

        if (probe.Chapters.Count != markers.Count)
        {
            throw new MediaEncodingException($"{name} did not verify: {probe.Chapters.Count} chapters instead of {markers.Count}.");
        }

        if (withCover && !probe.HasAttachedPicture)
        {
            throw new MediaEncodingException($"{name} did not verify: the cover is missing.");
        }

        if ((probe.Duration - expected).Duration() > TimeSpan.FromSeconds(1))
        {
            throw new MediaEncodingException($"{name} did not verify: it lasts {probe.Duration} instead of {expected}.");
        }
    }

    private static long CheckPcm(string pcmPath, PcmFormat format)
    {
        ArgumentException.ThrowIfNullOrEmpty(pcmPath);
        ArgumentNullException.ThrowIfNull(format);
        var info = new FileInfo(pcmPath);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"The PCM file {pcmPath} does not exist.", pcmPath);
        }

        return info.Length;
    }
}
