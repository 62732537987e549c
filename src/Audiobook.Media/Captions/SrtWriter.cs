using System.Text;

namespace Audiobook.Media.Captions;

/// <summary>Writes SubRip (SRT): numbered cues, <c>hh:mm:ss,ttt --&gt; hh:mm:ss,ttt</c>, text, blank line.
/// SRT has no escaping; blank lines inside a cue are dropped.</summary>
public static class SrtWriter
{
    public static string Write(IReadOnlyList<CaptionCue> cues)
    {
        CaptionText.Validate(cues);
        var sb = new StringBuilder();
        for (var i = 0; i < cues.Count; i++)
        {
            var cue = cues[i];
            if (i > 0)
            {
                sb.Append('\n');
            }

            sb.Append(i + 1).Append('\n');
            CaptionText.AppendTimestamp(sb, cue.Start, ',');
            sb.Append(" --> ");
            CaptionText.AppendTimestamp(sb, cue.End, ',');
            sb.Append('\n').Append(CaptionText.Lines(cue.Text)).Append('\n');
        }

        return sb.ToString();
    }
}
