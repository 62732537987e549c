namespace Audiobook.Rendering.Delivery;

/// <summary><c>manifest.json</c>: what was rendered, how, and how it measures.</summary>
public sealed record RenderManifest
{
    public required ManifestBook Book { get; init; }
    public required ManifestSettings Settings { get; init; }
    public required IReadOnlyList<ManifestChapter> Chapters { get; init; }
    public required ManifestTotals Totals { get; init; }
    public string? M4bFile { get; init; }
    public IReadOnlyList<SuspiciousSegmentEntry> Suspicious { get; init; } = [];
}

public sealed record ManifestBook(string Title, IReadOnlyList<string> Authors, string? Language, string? Identifier, string? Publisher, string? Date);

public sealed record ManifestSettings(string Model, string Voice, double SpeechRate, double PitchRate, int Volume, string Profile, IReadOnlyList<string> Formats, int SampleRate);

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

/// <summary>Book totals; <c>RetriesThisRun</c> counts the transient TTS failures (throttling, 5xx, dropped connections) this run retried.</summary>
public sealed record ManifestTotals(int Characters, int BilledCharactersThisRun, long DurationMs, decimal EstimatedCost, string Currency, int RetriesThisRun);

public sealed record SuspiciousSegmentEntry(int Chapter, int Position, string Text, string Reason);
