using System.Text;

namespace Audiobook.Media.Captions;

/// <summary>Shared checks and text clean-up of the caption writers.</summary>
internal static class CaptionText
{
    public static void Validate(IReadOnlyList<CaptionCue> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        for (var i = 0; i < cues.Count; i++)
        {
            var cue = cues[i] ?? throw new ArgumentException($"Cue {i} is null.", nameof(cues));
            if (cue.Start < TimeSpan.Zero || cue.End < cue.Start)
            {
                throw new ArgumentException($"Cue {i} ends before it starts ({cue.Start} to {cue.End}).", nameof(cues));
            }
        }
    }

    /// <summary>The text as cue payload lines: line breaks normalized, blank lines (which end a cue) removed.</summary>
    public static string Lines(string text)
    {
        var lines = (text ?? "").ReplaceLineEndings("\n").Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    public static void AppendTimestamp(StringBuilder sb, TimeSpan t, char fractionSeparator)
    {
        var ms = (long)Math.Round(t.TotalMilliseconds, MidpointRounding.AwayFromZero);
        var hours = ms / 3_600_000;
        var minutes = ms / 60_000 % 60;
        var seconds = ms / 1000 % 60;
        var millis = ms % 1000;
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{hours:00}:{minutes:00}:{seconds:00}{fractionSeparator}{millis:000}");
    }
}
