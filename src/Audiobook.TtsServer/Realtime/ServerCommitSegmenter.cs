namespace Audiobook.TtsServer.Realtime;

/// <summary>How server_commit mode cuts the buffer (docs/qwen-tts-protocol.md §4.15, inferred): after <c>。！？</c> and a newline at once,
/// after ASCII <c>. ! ?</c> only when whitespace follows (so "3.14" and a sentence still being typed are not cut). Closing quotes
/// and brackets and the following whitespace stay with the sentence. Each sentence becomes one response; the rest stays buffered.</summary>
internal static class ServerCommitSegmenter
{
    private const string Closers = "\"'”’」』）)】》]";

    /// <summary>The complete sentences at the start of <paramref name="text"/>; <paramref name="consumed"/> is how many chars they span.
    /// Whitespace-only pieces are consumed but not returned.</summary>
    public static IReadOnlyList<string> TakeSentences(string text, out int consumed)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsTerminator(c))
            {
                i++;
                continue;
            }

            var end = i + 1;
            var wide = c is '。' or '！' or '？' or '\n';
            while (end < text.Length && (IsTerminator(text[end]) || Closers.Contains(text[end], StringComparison.Ordinal)))
            {
                wide |= text[end] is '。' or '！' or '？' or '\n';
                end++;
            }

            var followedBySpace = end < text.Length && char.IsWhiteSpace(text[end]);
            if (!wide && !followedBySpace)
            {
                i = end;
                continue;
            }

            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var sentence = text[start..end];
            if (!string.IsNullOrWhiteSpace(sentence))
            {
                sentences.Add(sentence);
            }

            start = end;
            i = end;
        }

        consumed = start;
        return sentences;
    }

    private static bool IsTerminator(char c) => c is '。' or '！' or '？' or '.' or '!' or '?' or '\n';
}
