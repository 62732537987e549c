namespace Audiobook.Ingest;

/// <summary>
/// The file is not a book we can read, or a part of it is broken. The message names the file and the bad part,
/// for example <c>samples/x.epub: META-INF/container.xml is missing</c>.
/// </summary>
public sealed class BookFormatException : Exception
{
    public BookFormatException()
    {
    }

    public BookFormatException(string message)
        : base(message)
    {
    }

    public BookFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Builds the one-line message <c>{source}: {problem}</c>.</summary>
    public static BookFormatException For(string source, string problem, Exception? innerException = null) =>
        innerException is null
            ? new BookFormatException($"{source}: {problem}")
            : new BookFormatException($"{source}: {problem}", innerException);
}
