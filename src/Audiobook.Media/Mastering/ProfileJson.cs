namespace Audiobook.Media.Mastering;

/// <summary>One profile as written in config/profiles.json (durations in seconds and minutes, for people).</summary>
internal sealed record ProfileJson
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public double? TargetLufs { get; init; }
    public double? TargetRmsDb { get; init; }
    public double? LoudnessToleranceLu { get; init; }
    public double? TruePeakCeilingDbtp { get; init; }
    public double? LimiterMarginDb { get; init; }
    public double? MinRmsDb { get; init; }
    public double? MaxRmsDb { get; init; }
    public double? MaxNoiseFloorDb { get; init; }
    public double HeadRoomToneSeconds { get; init; }
    public double TailRoomToneSeconds { get; init; }
    public double? RoomToneDb { get; init; }
    public Mp3Settings? Mp3 { get; init; }
    public AacSettings? Aac { get; init; }
    public double? MaxFileDurationMinutes { get; init; }
}
