namespace Audiobook.Core.Text;

/// <summary>
/// Where each part of a text came from in a source it was derived from (an XHTML document's text, or a block's text
/// before lexicon replacement), as runs that cover the text in order. Built by <see cref="MappedText"/>; exact by
/// construction, never by matching the strings afterwards.
/// </summary>
public sealed class SourceMap
{
    private readonly SourceRun[] _runs;

    internal SourceMap(SourceRun[] runs, int textLength)
    {
        _runs = runs;
        TextLength = textLength;
    }

    /// <summary>Length of the text this map describes.</summary>
    public int TextLength { get; }

    /// <summary>The runs, in text order.</summary>
    public IReadOnlyList<SourceRun> Runs => _runs;

    /// <summary>A text that is its source, shifted by <paramref name="sourceStart"/>.</summary>
    public static SourceMap Identity(int length, int sourceStart = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return new SourceMap(length == 0 ? [] : [new SourceRun(0, length, sourceStart, length)], length);
    }

    /// <summary>The source range the characters of <paramref name="span"/> came from (from the first sourced
    /// character's start to the last one's end), or null when none of them has a source.</summary>
    public TextSpan? Map(TextSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(span.Start, nameof(span));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(span.End, TextLength, nameof(span));
        var from = int.MaxValue;
        var to = int.MinValue;
        for (var i = FirstRunAt(span.Start); i < _runs.Length && _runs[i].TextStart < span.End; i++)
        {
            var run = _runs[i];
            if (run.IsInserted || run.TextEnd <= span.Start)
            {
                continue;
            }

            var (start, end) = run.TextLength == run.SourceLength
                ? (run.SourceStart + Math.Max(span.Start, run.TextStart) - run.TextStart, run.SourceStart + Math.Min(span.End, run.TextEnd) - run.TextStart)
                : (run.SourceStart, run.SourceStart + run.SourceLength);
            from = Math.Min(from, start);
            to = Math.Max(to, end);
        }

        return from == int.MaxValue ? null : new TextSpan(from, to - from);
    }

    // The last run that starts at or before the position (binary search: runs are in text order).
    private int FirstRunAt(int position)
    {
        int low = 0, high = _runs.Length - 1, found = 0;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_runs[middle].TextStart <= position)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
