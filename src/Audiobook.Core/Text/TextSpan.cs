namespace Audiobook.Core.Text;

/// <summary>A stretch of a string: where it starts and how many UTF-16 code units it holds.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The index just past the span.</summary>
    public int End => Start + Length;
}
