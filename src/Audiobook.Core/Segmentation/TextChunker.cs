using Audiobook.Core.Text;

namespace Audiobook.Core.Segmentation;

/// <summary>
/// Turns one block of clean text into chunks: sentences (over-long ones cut by <see cref="ClauseSplitter"/>) packed
/// whole up to the limit of their language. A change of language between two sentences starts a new chunk, so each
/// chunk gets the right <c>language_type</c> (a sentence without letters, like "1984.", takes the block's language).
/// </summary>
internal static class TextChunker
{
    public static List<TextChunk> Chunk(string text, string? languageTag, SegmenterOptions options)
    {
        var hint = LanguageDetector.FromTag(languageTag);
        var pieces = new List<Piece>();
        foreach (var sentence in SentenceSplitter.SplitRanges(text, languageTag))
        {
            var language = LanguageDetector.DetectWithHintType(text.AsSpan()[sentence], hint);
            var max = options.MaxCharsFor(language);
            var (_, length) = sentence.GetOffsetAndLength(text.Length);
            if (length <= max)
            {
                pieces.Add(new Piece(sentence, language, EndsSentence: true));
                continue;
            }

            var parts = ClauseSplitter.Split(text, sentence, max, options.MinChars);
            for (var i = 0; i < parts.Count; i++)
            {
                pieces.Add(new Piece(parts[i], LanguageDetector.DetectWithHintType(text.AsSpan()[parts[i]], hint), i == parts.Count - 1));
            }
        }

        return Pack(text, pieces, options);
    }

    private static List<TextChunk> Pack(string text, List<Piece> pieces, SegmenterOptions options)
    {
        var chunks = new List<TextChunk>();
        Piece? current = null;
        foreach (var piece in pieces)
        {
            if (current is { } open && CanJoin(text, open, piece, options))
            {
                current = open with { Range = open.Range.Start..piece.Range.End, EndsSentence = piece.EndsSentence };
                continue;
            }

            if (current is { } done)
            {
                chunks.Add(ToChunk(text, done));
            }

            current = piece;
        }

        if (current is { } last)
        {
            chunks.Add(ToChunk(text, last));
        }

        return chunks;
    }

    private static bool CanJoin(string text, Piece open, Piece next, SegmenterOptions options)
    {
        var joined = next.Range.End.GetOffset(text.Length) - open.Range.Start.GetOffset(text.Length);
        if (joined > Math.Min(options.MaxCharsFor(open.Language), options.MaxCharsFor(next.Language)))
        {
            return false;
        }

        return open.Language == next.Language;
    }

    // Only pieces of one language are joined, so the chunk has the language of its pieces.
    private static TextChunk ToChunk(string text, Piece piece)
    {
        var (start, length) = piece.Range.GetOffsetAndLength(text.Length);
        return new TextChunk(text.Substring(start, length), piece.Language, piece.EndsSentence, new TextSpan(start, length));
    }

    private readonly record struct Piece(Range Range, string Language, bool EndsSentence);
}
