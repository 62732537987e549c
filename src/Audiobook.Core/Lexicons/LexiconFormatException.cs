namespace Audiobook.Core.Lexicons;

/// <summary>A lexicon file could not be read; the message names the file and line, e.g. <c>lexicon.txt line 3: expected 'term =&gt; replacement'</c>.</summary>
public sealed class LexiconFormatException : Exception
{
    public LexiconFormatException()
    {
    }

    public LexiconFormatException(string message)
        : base(message)
    {
    }

    public LexiconFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
