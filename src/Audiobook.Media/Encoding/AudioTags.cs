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

    /// <summary>The tags as ffmpeg metadata keys, in a fixed order, without empty values.</summary>
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
        if (!string.IsNullOrWhiteSpace(value))
        {
            pairs.Add(new KeyValuePair<string, string>(key, value));
        }
    }
}
