namespace Audiobook.Ingest.Epub;

/// <summary>
/// A broken or hostile part of an EPUB, described in one line without the book's name;
/// <see cref="EpubBookReader"/> turns it into a <see cref="BookFormatException"/> that names the book.
/// </summary>
internal sealed class EpubFormatException : Exception
{
    public EpubFormatException()
    {
    }

    public EpubFormatException(string message)
        : base(message)
    {
    }

    public EpubFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
