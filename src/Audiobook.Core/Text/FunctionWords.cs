namespace Audiobook.Core.Text;

/// <summary>Tells the Latin-script languages apart by counting their most frequent short words.</summary>
internal static class FunctionWords
{
    private static readonly (string Tag, HashSet<string> Words)[] Languages =
    [
        ("en", Set("the and of to a in is was that he she it with for his her you not on")),
        ("es", Set("el la de que y en los las un una es por con para del se no su al")),
        ("fr", Set("le la les de des et un une est que qui dans pour pas il elle du au sur")),
        ("de", Set("der die das und ist nicht ein eine zu den von mit sich des auf für im dem")),
        ("it", Set("il la di che e un una è per non con del della gli le sono nel si lo")),
        ("pt", Set("o a de que e do da em um uma para com não os as no na se por")),
    ];

    public static string? Guess(ReadOnlySpan<char> text)
    {
        Span<int> scores = stackalloc int[Languages.Length];
        var lookups = Languages.Select(l => l.Words.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                Score(text[start..i], lookups, scores);
                start = -1;
            }
        }

        var best = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] > 0 && (best < 0 || scores[i] > scores[best]))
            {
                best = i;
            }
        }

        return best < 0 ? null : Languages[best].Tag;
    }

    private static void Score(
        ReadOnlySpan<char> word,
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] lookups,
        Span<int> scores)
    {
        if (word.Length > 5)
        {
            return;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        for (var i = 0; i < lookups.Length; i++)
        {
            if (lookups[i].Contains(lower))
            {
                scores[i]++;
            }
        }
    }

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
