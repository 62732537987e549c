namespace Audiobook.Rendering.Delivery;

/// <summary>One chapter of <c>manifest.json</c>: where it starts, what it holds, its files and measured levels.</summary>
public sealed record ManifestChapter
{
    public required int Index { get; init; }
    public required string Title { get; init; }
    public required long StartMs { get; init; }
    public required long DurationMs { get; init; }
    public required int Characters { get; init; }
    public required int Segments { get; init; }
    public string? Mp3File { get; init; }
    /// <summary>All MP3 parts when the chapter was split at the profile's file limit (ACX: 120 min).</summary>
    public IReadOnlyList<string>? Mp3Parts { get; init; }
    public required string CaptionsFile { get; init; }
    public required double IntegratedLufs { get; init; }
    public required double TruePeakDbtp { get; init; }
    public required double RmsDb { get; init; }
    public required double NoiseFloorDb { get; init; }
    public required double GainDb { get; init; }
    public required bool LevelsPass { get; init; }
    public IReadOnlyList<string> LevelFailures { get; init; } = [];
}
