using System.ComponentModel.DataAnnotations;
using Audiobook.Core.Segmentation;

namespace Audiobook.Rendering;

/// <summary>Silence (room tone) after each kind of segment. Defaults follow common audiobook pacing; bound as
/// <c>Rendering:Pauses</c> and checked with <see cref="RenderingOptions"/>.</summary>
public sealed record PauseSettings
{
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan Clause { get; init; } = TimeSpan.FromMilliseconds(250);

    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan Sentence { get; init; } = TimeSpan.FromMilliseconds(450);

    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan Paragraph { get; init; } = TimeSpan.FromMilliseconds(900);

    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan Heading { get; init; } = TimeSpan.FromMilliseconds(1200);

    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan SceneBreak { get; init; } = TimeSpan.FromMilliseconds(2000);

    /// <summary>The chapter's tail room tone (from the mastering profile) follows the last segment instead.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan ChapterEnd { get; init; } = TimeSpan.Zero;

    public TimeSpan After(PauseKind kind) => kind switch
    {
        PauseKind.Clause => Clause,
        PauseKind.Sentence => Sentence,
        PauseKind.Paragraph => Paragraph,
        PauseKind.Heading => Heading,
        PauseKind.SceneBreak => SceneBreak,
        PauseKind.ChapterEnd => ChapterEnd,
        _ => Sentence,
    };
}
