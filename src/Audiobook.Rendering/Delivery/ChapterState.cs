using Audiobook.Media.Captions;
using Audiobook.Rendering.Graph;

namespace Audiobook.Rendering.Delivery;

/// <summary>What a finished chapter left behind, persisted per chapter so a later run (or another machine) can skip
/// it when its <see cref="Hash"/> still matches, and so the book can be reassembled without it.</summary>
public sealed record ChapterState
{
    public required int Number { get; init; }
    public required string Title { get; init; }
    public required string Hash { get; init; }
    public required string FileStem { get; init; }
    public required long DurationMs { get; init; }
    public required int Segments { get; init; }
    public required int Characters { get; init; }
    /// <summary>Characters billed when this chapter was last rendered (0 when all came from the cache).</summary>
    public int BilledCharacters { get; init; }
    public required ChapterLevels Levels { get; init; }
    public string? Mp3File { get; init; }
    /// <summary>Every MP3 file when a chapter over the profile's file limit was split (the first is <see cref="Mp3File"/>).</summary>
    public IReadOnlyList<string> Mp3Parts { get; init; } = [];
    public IReadOnlyList<string> CaptionParts { get; init; } = [];
    public string? AacFile { get; init; }
    public required string CaptionsFile { get; init; }
    public IReadOnlyList<CaptionCue> Cues { get; init; } = [];
    public IReadOnlyList<SuspiciousSegment> Suspicious { get; init; } = [];
}
