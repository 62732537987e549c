using System.Globalization;
using Audiobook.Media.Encoding;

namespace Audiobook.Media.Probing;

/// <summary>Parses the summary of <c>ffmpeg ... -af ebur128=peak=true -f null -</c> from its standard error.
/// Only the last <c>Summary:</c> block counts (earlier lines may be per-frame logs or warnings).</summary>
public static class Ebur128OutputParser
{
    /// <exception cref="MediaEncodingException">The output has no complete summary.</exception>
    public static Ebur128Summary Parse(string ffmpegStderr)
    {
        ArgumentNullException.ThrowIfNull(ffmpegStderr);
        var lines = ffmpegStderr.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindLastIndex(lines, l => l.TrimEnd().EndsWith("Summary:", StringComparison.Ordinal));
        if (start < 0)
        {
            throw new MediaEncodingException("ffmpeg's ebur128 output has no summary.", Tail(lines));
        }

        double? integrated = null, integratedThreshold = null, range = null, low = null, high = null, truePeak = null, samplePeak = null;
        var section = "";
        foreach (var raw in lines.Skip(start + 1))
        {
            var line = raw.Trim();
            if (line.EndsWith(':'))
            {
                section = line;
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var label = line[..colon];
            var value = Number(line[(colon + 1)..]);
            switch (section, label)
            {
                case ("Integrated loudness:", "I"): integrated = value; break;
                case ("Integrated loudness:", "Threshold"): integratedThreshold = value; break;
                case ("Loudness range:", "LRA"): range = value; break;
                case ("Loudness range:", "LRA low"): low = value; break;
                case ("Loudness range:", "LRA high"): high = value; break;
                case ("True peak:", "Peak"): truePeak = value; break;
                case ("Sample peak:", "Peak"): samplePeak = value; break;
                default: break;
            }
        }

        if (integrated is null || range is null)
        {
            throw new MediaEncodingException("ffmpeg's ebur128 summary is incomplete.", Tail(lines));
        }

        return new Ebur128Summary(integrated.Value, integratedThreshold ?? double.NaN, range.Value, low ?? double.NaN, high ?? double.NaN, truePeak, samplePeak);
    }

    private static double? Number(string text)
    {
        var token = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return token switch
        {
            null => null,
            "-inf" => double.NegativeInfinity,
            "inf" => double.PositiveInfinity,
            _ => double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null,
        };
    }

    private static string Tail(string[] lines) => string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 25)));
}
