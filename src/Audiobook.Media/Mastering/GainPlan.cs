using Audiobook.Media.Loudness;

namespace Audiobook.Media.Mastering;

/// <summary>How to master one chapter (or book) to a profile: one linear gain plus a true-peak limiter.</summary>
/// <param name="GainDb">Gain that moves the measured level onto the profile's target (LUFS or RMS), including the
/// make-up for the loudness the limiter is predicted to remove.</param>
/// <param name="LimiterRequired">Whether the gained peaks exceed the limiter ceiling (the limiter runs in every
/// encode anyway; this says whether it will act).</param>
/// <param name="LimiterCeilingDbtp">Where the limiter holds the peaks: the profile's ceiling less its margin.</param>
/// <param name="PeakReductionDb">How much the limiter must take off the loudest peak (0 when it does not act).
/// More than a few dB on speech is audible; the render reports it.</param>
/// <param name="Predicted">Levels expected in the delivered file, after gain and limiter: report these rather than
/// <see cref="LoudnessReport.ApplyGain"/> of the gain alone.</param>
/// <param name="Check">The profile's checks applied to <paramref name="Predicted"/>.</param>
public sealed record GainPlan(
    double GainDb,
    bool LimiterRequired,
    double LimiterCeilingDbtp,
    double PeakReductionDb,
    LoudnessReport Predicted,
    LevelCheck Check)
{
    /// <summary>How far below the limiter's ceiling the gained true peak must stay for the encodes to leave the limiter
    /// out: the in-process true peak is 4× oversampled at the working rate, and the MP3's resampling adds a little.</summary>
    public const double LimiterSkipHeadroomDb = 0.5;

    /// <summary>Whether the encodes run the limiter: when it acts, or when the peaks come within
    /// <see cref="LimiterSkipHeadroomDb"/> of its ceiling. Otherwise it would pass every sample unchanged and only cost
    /// CPU (about a sixth of an MP3 or AAC encode; docs/benchmarks/render.md).</summary>
    public bool NeedsLimiter => LimiterRequired || Predicted.TruePeakDbtp > LimiterCeilingDbtp - LimiterSkipHeadroomDb;
}
