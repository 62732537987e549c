namespace Audiobook.Rendering.Delivery;

/// <summary>A chapter's levels after mastering (measured in-process on the assembled PCM, with the applied gain),
/// and whether they pass the profile's checks.</summary>
public sealed record ChapterLevels(
    double IntegratedLufs,
    double TruePeakDbtp,
    double RmsDb,
    double NoiseFloorDb,
    double GainDb,
    bool Pass,
    IReadOnlyList<string> Failures);
