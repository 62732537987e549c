using Audiobook.Media.Loudness;

namespace Audiobook.Media.Mastering;

/// <summary>Plans the gain that brings measured levels to a profile's target, predicts the levels after gain and
/// limiter (no second measurement pass), and checks them against the profile. When the limiter must take peaks
/// down, the loudness it removes is predicted from <see cref="LoudnessReport.Peaks"/> and made up in the gain,
/// so the delivered file still lands on the target.</summary>
public static class GainPlanner
{
    private const int MakeUpIterations = 8;

    /// <summary>Never add more than this to make up for limiting: beyond it, limiting itself is the problem.</summary>
    private const double MaxMakeUpDb = 6.0;

    public static GainPlan Plan(LoudnessReport measured, MasteringProfile profile)
    {
        ArgumentNullException.ThrowIfNull(measured);
        ArgumentNullException.ThrowIfNull(profile);
        var ceiling = profile.LimiterCeilingDbtp;
        var baseGain = BaseGain(measured, profile);
        var gain = baseGain;
        var loss = 0.0;
        if (measured.Peaks is { } peaks && baseGain != 0)
        {
            for (var i = 0; i < MakeUpIterations; i++)
            {
                loss = peaks.LimiterLossDb(gain, ceiling);
                gain = baseGain + Math.Min(-loss, MaxMakeUpDb);
            }

            loss = peaks.LimiterLossDb(gain, ceiling);
        }

        var gained = LoudnessReport.ApplyGain(measured, gain);
        var reduction = Math.Max(0, gained.TruePeakDbtp - ceiling);
        var predicted = gained with
        {
            IntegratedLufs = LoudnessReport.Clamp(gained.IntegratedLufs + loss),
            RmsDb = LoudnessReport.Clamp(gained.RmsDb + loss),
            TruePeakDbtp = Math.Min(gained.TruePeakDbtp, ceiling),
        };
        return new GainPlan(gain, reduction > 0, ceiling, reduction, predicted, LevelCheck.Evaluate(predicted, profile));
    }

    private static double BaseGain(LoudnessReport measured, MasteringProfile profile)
    {
        // Nothing measurable (silence, or only sound below the -70 LUFS gate): amplifying would only raise noise.
        if (profile.TargetLufs is { } lufs)
        {
            return measured.IntegratedLufs <= LoudnessReport.SilenceDb ? 0 : lufs - measured.IntegratedLufs;
        }

        var rms = profile.TargetRmsDb ?? throw new ArgumentException($"Mastering profile '{profile.Name}' has no loudness target.", nameof(profile));
        return measured.RmsDb <= LoudnessReport.SilenceDb ? 0 : rms - measured.RmsDb;
    }
}
