using FFMpegCore;

namespace Audiobook.Media.Ffmpeg;

/// <summary>The one place that touches FFMpegCore's process-wide <see cref="GlobalFFOptions"/> (house style: no
/// static configuration elsewhere). Each runner then passes its own <see cref="FFOptions"/> explicitly.</summary>
internal static class FfmpegSetup
{
    private static readonly Lazy<bool> Configured = new(() =>
    {
        GlobalFFOptions.Configure(o =>
        {
            o.Encoding = System.Text.Encoding.UTF8;
            o.TemporaryFilesFolder = Path.GetTempPath();
            o.LogLevel = null;
        });
        return true;
    });

    /// <summary>Options for one runner: the global defaults, with ffmpeg/ffprobe looked up in
    /// <paramref name="binaryFolder"/> (null or empty: on PATH).</summary>
    public static FFOptions CreateOptions(string? binaryFolder)
    {
        _ = Configured.Value;
        var options = GlobalFFOptions.Current.Clone();
        options.BinaryFolder = binaryFolder ?? "";
        return options;
    }

    /// <summary>Path of the ffprobe binary for these options.</summary>
    public static string FfprobePath(FFOptions options) => GlobalFFOptions.GetFFProbeBinaryPath(options);
}
