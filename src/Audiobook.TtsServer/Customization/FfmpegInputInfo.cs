using System.Globalization;
using System.Text.RegularExpressions;

namespace Audiobook.TtsServer.Customization;

/// <summary>Reads the input audio sample rate from ffmpeg's stderr ("Stream #0:0: Audio: mp3, 44100 Hz, mono, …"): a pure parser, tested on saved output.</summary>
internal static partial class FfmpegInputInfo
{
    public static int? InputSampleRate(string stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        var outputStart = stderr.IndexOf("Output #0", StringComparison.Ordinal);
        var input = outputStart >= 0 ? stderr[..outputStart] : stderr;
        var match = AudioStream().Match(input);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"Stream #\d+:\d+[^\n]*?: Audio: [^\n]*?(\d+) Hz")]
    private static partial Regex AudioStream();
}
