using System.Globalization;
using Audiobook.Media.Ffmpeg;
using Audiobook.Media.Mastering;

namespace Audiobook.Media.Encoding;

/// <summary>Builds the ffmpeg command of each deliverable (pure: no I/O). Each is one pass: raw PCM in, gain +
/// resample + true-peak limiter, encode, tags and cover, out to a file. The chapter encodes log verbosely: their closing
/// report is how they verify (<see cref="Probing.EncodeReportParser"/>).</summary>
internal static class EncodeCommands
{
    /// <summary>The chapter MP3. Its tags are <c>-metadata</c> arguments, not an FFMETADATA input: ffmpeg 5.1 reads
    /// each input on its own thread once a command has two, and hands every PCM packet across (measured: the same
    /// encode costs 9–23 % more CPU with the tags as a second input). A cover is still a second input.</summary>
    public static FfmpegCommand Mp3(string pcmPath, PcmFormat format, double gainDb, bool limiter, MasteringProfile profile, IReadOnlyList<KeyValuePair<string, string>> tags, (string Path, bool CanCopy)? cover, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var mp3 = profile.Mp3;
        var command = new FfmpegCommand().Verbose();
        command.PcmInput(pcmPath, format);
        command.Output("-map", "0:a");
        if (cover is { } c)
        {
            var index = command.Input(c.Path);
            command.Output("-map", Invariant(index) + ":v");
        }

        // ffmpeg splits each -metadata argument at its first '=' and takes the rest verbatim (no escaping, newlines
        // kept); CommandLine.Join passes every argument through unchanged.
        foreach (var (key, value) in tags)
        {
            command.Output("-metadata", key + "=" + value);
        }

        command.Output("-map_chapters", "-1");
        command.Output("-af", FilterGraph.Mastering(gainDb, mp3.SampleRate == format.SampleRate ? null : mp3.SampleRate, limiter ? profile.LimiterCeilingDbtp : null));
        command.Output("-c:a", "libmp3lame");
        // libmp3lame is CBR when given a bit rate (and no -q:a / -abr 1); VBR uses a quality near that bit rate.
        command.Output(mp3.ConstantBitrate ? ["-b:a", Kbps(mp3.BitrateKbps)] : ["-q:a", VbrQuality(mp3.BitrateKbps)]);
        command.Output("-ar", Invariant(mp3.SampleRate), "-ac", Invariant(format.Channels));
        if (cover is { } picture)
        {
            command.Output("-c:v", picture.CanCopy ? "copy" : "mjpeg", "-disposition:v:0", "attached_pic");
            command.Output("-metadata:s:v", "title=Album cover", "-metadata:s:v", "comment=Cover (front)");
        }

        command.Output("-id3v2_version", "3");
        return command.OutputFile("mp3", outputPath);
    }

    public static FfmpegCommand Aac(string pcmPath, PcmFormat format, double gainDb, bool limiter, MasteringProfile profile, string outputPath)
    {
        var aac = profile.Aac;
        var rate = aac.SampleRate is { } r && r != format.SampleRate ? r : (int?)null;
        var command = new FfmpegCommand().Verbose();
        command.PcmInput(pcmPath, format);
        command.Output("-map", "0:a", "-af", FilterGraph.Mastering(gainDb, rate, limiter ? profile.LimiterCeilingDbtp : null));
        AddAacCodec(command, aac, format);
        return command.OutputFile("ipod", outputPath);
    }

    public static FfmpegCommand MuxM4b(string concatListPath, string metadataPath, (string Path, bool CanCopy)? cover, string? language, string outputPath)
    {
        var command = new FfmpegCommand();
        command.Input(concatListPath, "-f", "concat", "-safe", "0");
        command.Input(metadataPath, "-f", "ffmetadata");
        command.Output("-map", "0:a");
        if (cover is { } c)
        {
            command.Input(c.Path);
            command.Output("-map", "2:v");
        }

        command.Output("-map_metadata", "1", "-map_chapters", "1", "-c:a", "copy");
        AddM4bTail(command, cover, language);
        return command.OutputFile("ipod", outputPath);
    }

    public static FfmpegCommand SinglePassM4b(IReadOnlyList<M4bChapterSource> chapters, PcmFormat format, MasteringProfile profile, string metadataPath, (string Path, bool CanCopy)? cover, string? language, string outputPath)
    {
        var command = new FfmpegCommand();
        foreach (var chapter in chapters)
        {
            command.PcmInput(chapter.PcmPath, format);
        }

        var metadata = command.Input(metadataPath, "-f", "ffmetadata");
        var graph = new System.Text.StringBuilder();
        for (var i = 0; i < chapters.Count; i++)
        {
            graph.Append(CultureInfo.InvariantCulture, $"[{i}:a]aformat=sample_fmts=dbl,volume={chapters[i].GainDb:0.###}dB[c{i}];");
        }

        for (var i = 0; i < chapters.Count; i++)
        {
            graph.Append(CultureInfo.InvariantCulture, $"[c{i}]");
        }

        var rate = profile.Aac.SampleRate is { } r && r != format.SampleRate ? r : (int?)null;
        graph.Append(CultureInfo.InvariantCulture, $"concat=n={chapters.Count}:v=0:a=1,")
             .Append(FilterGraph.Mastering(0, rate, profile.LimiterCeilingDbtp))
             .Append("[out]");
        command.Output("-filter_complex", graph.ToString(), "-map", "[out]");
        if (cover is { } c)
        {
            var index = command.Input(c.Path);
            command.Output("-map", Invariant(index) + ":v");
        }

        command.Output("-map_metadata", Invariant(metadata), "-map_chapters", Invariant(metadata));
        AddAacCodec(command, profile.Aac, format);
        AddM4bTail(command, cover, language);
        return command.OutputFile("ipod", outputPath);
    }

    /// <summary>A concat-demuxer list (<c>ffconcat version 1.0</c>) with each path single-quoted.</summary>
    public static string ConcatList(IEnumerable<string> paths) =>
        "ffconcat version 1.0\n" + string.Concat(paths.Select(p => "file '" + Path.GetFullPath(p).Replace("'", @"'\''", StringComparison.Ordinal) + "'\n"));

    private static void AddAacCodec(FfmpegCommand command, AacSettings aac, PcmFormat format)
    {
        command.Output("-c:a", "aac", "-aac_coder", aac.Coder, "-b:a", Kbps(aac.BitrateKbps), "-ac", Invariant(format.Channels));
        if (aac.SampleRate is { } rate)
        {
            command.Output("-ar", Invariant(rate));
        }
    }

    private static void AddM4bTail(FfmpegCommand command, (string Path, bool CanCopy)? cover, string? language)
    {
        if (cover is { } picture)
        {
            command.Output("-c:v", picture.CanCopy ? "copy" : "mjpeg", "-disposition:v:0", "attached_pic");
        }

        if (language is not null)
        {
            command.Output("-metadata:s:a:0", "language=" + language);
        }

        command.Output("-movflags", "+faststart");
    }

    private static string Kbps(int kbps) => Invariant(kbps) + "k";

    // LAME VBR presets: V0 ~245 kbit/s ... V9 ~65 kbit/s.
    private static string VbrQuality(int kbps) => Invariant(kbps switch { >= 220 => 0, >= 190 => 1, >= 170 => 2, >= 150 => 3, >= 130 => 4, >= 115 => 5, >= 100 => 6, >= 85 => 7, >= 70 => 8, _ => 9 });

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
