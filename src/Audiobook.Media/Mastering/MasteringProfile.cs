namespace Audiobook.Media.Mastering;

/// <summary>Loudness targets, level limits, room tone and encoder settings for one delivery channel
/// (see docs/media.md and config/profiles.json). Exactly one of <see cref="TargetLufs"/> and
/// <see cref="TargetRmsDb"/> is set.</summary>
public sealed record MasteringProfile
{
    /// <summary>Lower-case name used in configuration and on the command line (<c>acx</c>, <c>audiobook</c>, ...).</summary>
    public required string Name { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Integrated loudness target (LUFS), or null when the profile targets RMS.</summary>
    public double? TargetLufs { get; init; }

    /// <summary>RMS target (dBFS, unweighted) for channels that specify RMS, like ACX.</summary>
    public double? TargetRmsDb { get; init; }

    /// <summary>Allowed distance from <see cref="TargetLufs"/> in LU (Apple: +-1).</summary>
    public double LoudnessToleranceLu { get; init; } = 1.0;

    /// <summary>Maximum true peak of the delivered (encoded) file, dBTP.</summary>
    public required double TruePeakCeilingDbtp { get; init; }

    /// <summary>How far below the ceiling the limiter is set: encoding and resampling raise inter-sample peaks.</summary>
    public double LimiterMarginDb { get; init; } = 1.0;

    public double? MinRmsDb { get; init; }

    public double? MaxRmsDb { get; init; }

    /// <summary>Maximum noise floor (RMS of the quietest 500 ms), dBFS.</summary>
    public double? MaxNoiseFloorDb { get; init; }

    /// <summary>Room tone at the start of every chapter file.</summary>
    public TimeSpan HeadRoomTone { get; init; }

    /// <summary>Room tone at the end of every chapter file.</summary>
    public TimeSpan TailRoomTone { get; init; }

    /// <summary>RMS level (dBFS) of the pink-noise room tone written into pauses, or null for digital silence.
    /// It is written before the gain is known, so the gain moves it too; <see cref="GainPlanner"/> checks the result.</summary>
    public double? RoomToneDb { get; init; }

    public Mp3Settings Mp3 { get; init; } = new();

    public AacSettings Aac { get; init; } = new();

    /// <summary>Longest allowed file (ACX: 120 min); longer chapters must be split.</summary>
    public TimeSpan? MaxFileDuration { get; init; }

    /// <summary>The limiter's ceiling in dBTP: <see cref="TruePeakCeilingDbtp"/> less <see cref="LimiterMarginDb"/>.</summary>
    public double LimiterCeilingDbtp => TruePeakCeilingDbtp - LimiterMarginDb;
}
