using Audiobook.Core.Books;
using Audiobook.Core.Voices;
using Audiobook.Media.Encoding;

namespace Audiobook.Rendering.Delivery;

/// <summary>The tags every deliverable of a book carries: title, author, narrator (the voice), date, description, language.</summary>
internal static class BookTags
{
    public static AudioTags For(Book book, VoiceSettings voice) => new()
    {
        Title = book.Metadata.Title,
        Album = book.Metadata.Title,
        Artist = string.Join(", ", book.Metadata.Authors),
        AlbumArtist = string.Join(", ", book.Metadata.Authors),
        Composer = voice.Voice,
        Date = book.Metadata.Date,
        Description = book.Metadata.Description,
        Language = book.Metadata.Language,
    };
}
