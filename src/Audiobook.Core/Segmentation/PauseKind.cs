namespace Audiobook.Core.Segmentation;

/// <summary>The silence that follows a segment. Durations come from the render settings, not from here.</summary>
public enum PauseKind
{
    /// <summary>Between clauses of one long sentence that had to be split.</summary>
    Clause,
    Sentence,
    Paragraph,
    Heading,
    SceneBreak,
    ChapterEnd,
}
