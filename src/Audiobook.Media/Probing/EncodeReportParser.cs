using System.Globalization;
using System.Text.RegularExpressions;

namespace Audiobook.Media.Probing;

/// <summary>Reads <see cref="EncodeReport"/> from ffmpeg's standard error at <c>-loglevel verbose</c>: the codec and rate from the
/// <c>Output #0</c> stream list, the counts from the final <c>Output stream #0:N (audio): … frames encoded (S samples); P packets
/// muxed</c> line. It lets an encode verify itself without an ffprobe start (~0.1 s of CPU each, for loading ffmpeg's libraries).</summary>
public static partial class EncodeReportParser
{
    /// <summary>The report, or null when the output lacks either part (another ffmpeg version, a failed run).</summary>
    public static EncodeReport? TryParse(IEnumerable<string> ffmpegStderr)
    {
        ArgumentNullException.ThrowIfNull(ffmpegStderr);
        var section = "";
        (string Codec, int Rate)? stream = null;
        (long Samples, long Packets)? counts = null;
        foreach (var raw in ffmpegStderr)
        {
            var line = raw.Trim();
            if (line.StartsWith("Input #", StringComparison.Ordinal) || line.StartsWith("Output #", StringComparison.Ordinal))
            {
                section = line;
            }
            else if (stream is null && section.StartsWith("Output #0,", StringComparison.Ordinal) && StreamLine().Match(line) is { Success: true } s)
            {
                stream = (s.Groups["codec"].Value, int.Parse(s.Groups["rate"].Value, CultureInfo.InvariantCulture));
            }
            else if (counts is null && CountsLine().Match(line) is { Success: true } c)
            {
                counts = (long.Parse(c.Groups["samples"].Value, CultureInfo.InvariantCulture), long.Parse(c.Groups["packets"].Value, CultureInfo.InvariantCulture));
            }
        }

        return stream is { } st && counts is { } ct && st.Rate > 0 ? new EncodeReport(st.Codec, st.Rate, ct.Samples, ct.Packets) : null;
    }

    [GeneratedRegex(@"^Stream #0:\d+.*?: Audio: (?<codec>\w+).*?, (?<rate>\d+) Hz", RegexOptions.CultureInvariant)]
    private static partial Regex StreamLine();

    [GeneratedRegex(@"^Output stream #0:\d+ \(audio\): \d+ frames encoded \((?<samples>\d+) samples\); (?<packets>\d+) packets muxed", RegexOptions.CultureInvariant)]
    private static partial Regex CountsLine();
}
