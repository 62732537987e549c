namespace Audiobook.Media.Loudness;

/// <summary>Levels of one stretch of audio, as measured by <see cref="LoudnessMeter"/>. Every dB value is clamped
/// at <see cref="SilenceDb"/> (digital silence or nothing measurable), so reports serialize as plain numbers.</summary>
/// <param name="IntegratedLufs">Gated integrated loudness (ITU-R BS.1770-4 / EBU R128), LUFS.</param>
/// <param name="TruePeakDbtp">Largest 4x-oversampled absolute value (BS.1770-4 Annex 2), dBTP.</param>
/// <param name="RmsDb">RMS of every sample, unweighted, dBFS where a full-scale square wave reads 0 (the ACX "RMS").</param>
/// <param name="NoiseFloorDb">RMS of the quietest 500 ms of the audio (sliding in 50 ms steps), dBFS: in a chapter
/// written with room tone this is the room tone between sentences, which is what the ACX noise-floor check reads.
/// Audio shorter than 500 ms reports its overall RMS.</param>
/// <param name="LoudnessRangeLu">Loudness range (EBU Tech 3342) of 3 s short-term blocks, LU.</param>
/// <param name="Duration">Length of the audio measured.</param>
public sealed record LoudnessReport(
    double IntegratedLufs,
    double TruePeakDbtp,
    double RmsDb,
    double NoiseFloorDb,
    double LoudnessRangeLu,
    TimeSpan Duration)
{
    /// <summary>The value reported for "no signal" (below 16-bit resolution by far).</summary>
    public const double SilenceDb = -144.0;

    /// <summary>Energy by 20 ms peak level, for predicting what a peak limiter takes away (null when unknown,
    /// e.g. for a report built by hand).</summary>
    public PeakEnergyHistogram? Peaks { get; init; }

    /// <summary>Predicts the report after a linear gain of <paramref name="gainDb"/>, without measuring again:
    /// every level moves by the gain (a value at <see cref="SilenceDb"/> stays there); the loudness range does not
    /// change. The absolute gate could admit or drop a few quiet blocks, which the prediction ignores.</summary>
    public static LoudnessReport ApplyGain(LoudnessReport report, double gainDb)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report with
        {
            IntegratedLufs = Shift(report.IntegratedLufs, gainDb),
            TruePeakDbtp = Shift(report.TruePeakDbtp, gainDb),
            RmsDb = Shift(report.RmsDb, gainDb),
            NoiseFloorDb = Shift(report.NoiseFloorDb, gainDb),
        };
    }

    internal static double Clamp(double db) => double.IsNaN(db) || db < SilenceDb ? SilenceDb : db;

    private static double Shift(double db, double gainDb) => db <= SilenceDb ? SilenceDb : Clamp(db + gainDb);
}
