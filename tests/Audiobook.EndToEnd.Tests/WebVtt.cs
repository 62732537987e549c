using System.Globalization;
using System.Text.RegularExpressions;

namespace Audiobook.EndToEnd.Tests;

/// <summary>Reads cue times back out of a WebVTT file (an independent check of the writer).</summary>
internal static partial class WebVtt
{
    [GeneratedRegex(@"^(\d{2,}:\d{2}:\d{2}\.\d{3}) --> (\d{2,}:\d{2}:\d{2}\.\d{3})", RegexOptions.Multiline)]
    private static partial Regex CueLine();

    public static IReadOnlyList<(TimeSpan Start, TimeSpan End)> ParseCueTimes(string vtt)
    {
        Assert.StartsWith("WEBVTT", vtt, StringComparison.Ordinal);
        return CueLine().Matches(vtt)
            .Select(m => (Parse(m.Groups[1].Value), Parse(m.Groups[2].Value)))
            .ToList();
    }

    private static TimeSpan Parse(string text) => TimeSpan.ParseExact(text, @"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture);
}
