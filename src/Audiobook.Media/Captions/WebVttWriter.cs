using System.Text;

namespace Audiobook.Media.Captions;

/// <summary>Writes WebVTT (W3C WebVTT: a <c>WEBVTT</c> header, then numbered cues
/// <c>hh:mm:ss.ttt --&gt; hh:mm:ss.ttt</c>). Text is escaped (<c>&amp; &lt; &gt;</c>, which also defuses a
/// literal <c>--&gt;</c>) and blank lines inside a cue are dropped, since a blank line ends a cue.</summary>
public static class WebVttWriter
{
    public static string Write(IReadOnlyList<CaptionCue> cues)
    {
        CaptionText.Validate(cues);
        var sb = new StringBuilder("WEBVTT\n");
        for (var i = 0; i < cues.Count; i++)
        {
            var cue = cues[i];
            sb.Append('\n').Append(i + 1).Append('\n');
            CaptionText.AppendTimestamp(sb, cue.Start, '.');
            sb.Append(" --> ");
            CaptionText.AppendTimestamp(sb, cue.End, '.');
            sb.Append('\n').Append(Escape(CaptionText.Lines(cue.Text))).Append('\n');
        }

        return sb.ToString();
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
