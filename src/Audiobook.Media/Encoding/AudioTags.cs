using Audiobook.Core.Text;

namespace Audiobook.Media.Encoding;

/// <summary>Tags written into a deliverable (ID3v2.3 for MP3, iTunes atoms for M4B/M4A).</summary>
public sealed record AudioTags
{
    public string? Title { get; init; }

    public string? Album { get; init; }

    /// <summary>The author(s).</summary>
    public string? Artist { get; init; }

    public string? AlbumArtist { get; init; }

    /// <summary>The narrator: here the voice that read the book.</summary>
    public string? Composer { get; init; }

    public string? Genre { get; init; } = "Audiobook";

    public string? Date { get; init; }

    public string? Description { get; init; }

    /// <summary>BCP 47 tag of the spoken language (<c>en</c>, <c>zh-CN</c>).</summary>
    public string? Language { get; init; }

    /// <summary>Track as <c>n/total</c>, for per-chapter files.</summary>
    public string? Track { get; init; }

    public string? Comment { get; init; }

    /// <summary>The longest value written into a tag, in characters: players show a few thousand characters of a
    /// description at most.</summary>
    public const int MaxValueLength = 4000;

    /// <summary>The tags as ffmpeg metadata keys, in a fixed order, without empty values, each cleaned of control characters
    /// and cut to <see cref="MaxValueLength"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToMetadata()
    {
        var pairs = new List<KeyValuePair<string, string>>();
        Add(pairs, "title", Title);
        Add(pairs, "album", Album);
        Add(pairs, "artist", Artist);
        Add(pairs, "album_artist", AlbumArtist);
        Add(pairs, "composer", Composer);
        Add(pairs, "genre", Genre);
        Add(pairs, "date", Date);
        Add(pairs, "description", Description);
        Add(pairs, "comment", Comment);
        Add(pairs, "track", Track);
        Add(pairs, "language", Language);
        return pairs;
    }

    /// <summary>ISO 639-2 code of <see cref="Language"/> (<c>eng</c>, <c>zho</c>) for stream language fields, or null.</summary>
    public string? LanguageIso6392()
    {
        if (string.IsNullOrWhiteSpace(Language))
        {
            return null;
        }

        try
        {
            var code = System.Globalization.CultureInfo.GetCultureInfo(Language.Trim()).ThreeLetterISOLanguageName;
            return code.Length == 3 && code.All(char.IsAsciiLetterLower) ? code : null;
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return null;
        }
    }

    private static void Add(List<KeyValuePair<string, string>> pairs, string key, string? value)
    {
        var clean = Clean(value);
        if (!string.IsNullOrWhiteSpace(clean))
        {
            pairs.Add(new KeyValuePair<string, string>(key, clean));
        }
    }

    /// <summary>The value as a tag can hold it: control characters other than newline and tab dropped (a NUL cannot pass
    /// through a command line at all), and cut at a word boundary after <see cref="MaxValueLength"/> characters with an
    /// ellipsis, so a huge or hostile description stays far below the 128 KiB Linux allows one argument.</summary>
    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
        {
            value = string.Concat(value.Replace("\r\n", "\n", StringComparison.Ordinal)
                .Where(c => !char.IsControl(c) || c is '\n' or '\t'));
        }

        // The ellipsis counts: at most MaxValueLength characters in all.
        return value.Length <= MaxValueLength ? value : Ellipsis.Shorten(value, MaxValueLength - 1);
    }
}
