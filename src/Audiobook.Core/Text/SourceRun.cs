namespace Audiobook.Core.Text;

/// <summary>
/// One run of a <see cref="SourceMap"/>: <see cref="TextLength"/> characters of the text starting at
/// <see cref="TextStart"/> came from <see cref="SourceLength"/> characters of the source starting at
/// <see cref="SourceStart"/>. Equal lengths map character by character; otherwise (a lexicon replacement, a
/// composed accent) every character of the run maps to the whole source range. A negative
/// <see cref="SourceStart"/> marks text that has no source (a space for a line break, an image's alt text).
/// </summary>
public readonly record struct SourceRun(int TextStart, int TextLength, int SourceStart, int SourceLength)
{
    /// <summary>True for text inserted by the reader rather than copied from the source.</summary>
    public bool IsInserted => SourceStart < 0;

    /// <summary>The index just past the run in the text.</summary>
    public int TextEnd => TextStart + TextLength;
}
