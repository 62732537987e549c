using System.Globalization;
using System.Text;

namespace Audiobook.Media.Ffmpeg;

/// <summary>Filtergraph text for the mastering chain. It holds only numbers, never paths or titles, so nothing in it
/// needs filtergraph escaping (paths and tags go in as inputs and an FFMETADATA file).</summary>
internal static class FilterGraph
{
    /// <summary>Gain, optional resampling, then the true-peak limiter, all in double precision so the gain never
    /// clips before the limiter. <c>latency=true</c> compensates the limiter's look-ahead, so timing is unchanged.</summary>
    public static string Mastering(double gainDb, int? outputSampleRate, double? limiterCeilingDbtp)
    {
        var sb = new StringBuilder("aformat=sample_fmts=dbl");
        sb.Append(CultureInfo.InvariantCulture, $",volume={gainDb:0.###}dB");
        if (outputSampleRate is { } rate)
        {
            sb.Append(CultureInfo.InvariantCulture, $",aresample={rate}");
        }

        if (limiterCeilingDbtp is { } ceiling)
        {
            var limit = Math.Clamp(Math.Pow(10.0, ceiling / 20.0), 0.0625, 1.0);
            sb.Append(CultureInfo.InvariantCulture, $",alimiter=limit={limit:0.######}:level=false:attack=5:release=50:latency=true");
        }

        return sb.ToString();
    }
}
