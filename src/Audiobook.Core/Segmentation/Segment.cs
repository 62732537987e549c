namespace Audiobook.Core.Segmentation;

/// <summary>One speakable piece of a chapter: the unit sent to the TTS service in one commit.</summary>
/// <param name="ChapterIndex">Index of the chapter it belongs to.</param>
/// <param name="ParagraphIndex">Index of its block within the chapter.</param>
/// <param name="Position">Zero-based position of the segment within its chapter.</param>
/// <param name="Text">The text to speak, after clean-up and lexicon replacement.</param>
/// <param name="LanguageType">The service's <c>language_type</c> value: Chinese, English, Japanese, … or Auto.</param>
/// <param name="PauseAfter">The pause that follows it.</param>
/// <param name="ContentKey">Stable hash of <see cref="LanguageType"/> and <see cref="Text"/> (lower-case hex SHA-256); the render cache adds voice and format to it.</param>
/// <param name="IsHeading">True when the segment speaks a heading (titles get their own segment).</param>
public sealed record Segment(
    int ChapterIndex,
    int ParagraphIndex,
    int Position,
    string Text,
    string LanguageType,
    PauseKind PauseAfter,
    string ContentKey,
    bool IsHeading = false)
{
    /// <summary>Where the segment's words stand in its block's <see cref="Books.TextBlock.Text"/>, the text a reader sees
    /// (before lexicon replacement): what a read-along book highlights while the segment plays. Null when unknown.</summary>
    public Text.TextSpan? BlockSpan { get; init; }
}
