using System.Globalization;
using System.Text;

namespace Audiobook.Media.Encoding;

/// <summary>Writes an FFMETADATA1 file (ffmpeg-formats "Metadata"): global tags, then one <c>[CHAPTER]</c> per
/// marker with <c>TIMEBASE=1/1000</c>. Keys and values escape <c>= ; # \</c> and newline with a backslash.</summary>
public static class FfMetadataWriter
{
    public static string Write(AudioTags tags, IReadOnlyList<ChapterMarker> chapters)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(chapters);
        var sb = new StringBuilder(";FFMETADATA1\n");
        foreach (var (key, value) in tags.ToMetadata())
        {
            sb.Append(Escape(key)).Append('=').Append(Escape(value)).Append('\n');
        }

        for (var i = 0; i < chapters.Count; i++)
        {
            var c = chapters[i];
            if (c.Start < TimeSpan.Zero || c.End < c.Start)
            {
                throw new ArgumentException($"Chapter {i} ('{c.Title}') ends before it starts.", nameof(chapters));
            }

            sb.Append("\n[CHAPTER]\nTIMEBASE=1/1000\n")
              .Append(CultureInfo.InvariantCulture, $"START={Milliseconds(c.Start)}\n")
              .Append(CultureInfo.InvariantCulture, $"END={Milliseconds(c.End)}\n")
              .Append("title=").Append(Escape(c.Title)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Escapes <c>= ; # \</c> and newline (line endings normalized to <c>\n</c>) with a backslash.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value.ReplaceLineEndings("\n"))
        {
            if (c is '=' or ';' or '#' or '\\' or '\n')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static long Milliseconds(TimeSpan t) => (long)Math.Round(t.TotalMilliseconds, MidpointRounding.AwayFromZero);
}
