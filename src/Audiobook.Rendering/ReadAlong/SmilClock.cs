using System.Globalization;

namespace Audiobook.Rendering.ReadAlong;

/// <summary>SMIL full clock values (<c>h:mm:ss.fff</c>), for clip times and <c>media:duration</c>.</summary>
internal static class SmilClock
{
    /// <summary>A time rounded to whole milliseconds the way the WebVTT captions round it, so clips and cues agree to the millisecond.</summary>
    public static long Milliseconds(TimeSpan time) => (long)Math.Round(time.TotalMilliseconds, MidpointRounding.AwayFromZero);

    public static string Format(long milliseconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 3_600_000}:{milliseconds / 60_000 % 60:00}:{milliseconds / 1000 % 60:00}.{milliseconds % 1000:000}");
}
