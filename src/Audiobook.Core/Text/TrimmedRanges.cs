namespace Audiobook.Core.Text;

/// <summary>Collects pieces of a text as ranges without their surrounding whitespace, for the sentence and clause splitters.</summary>
internal static class TrimmedRanges
{
    /// <summary>Adds <c>start..end</c> of <paramref name="text"/> trimmed of whitespace, unless nothing else is left.</summary>
    public static void Add(List<Range> ranges, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            ranges.Add(start..end);
        }
    }
}
