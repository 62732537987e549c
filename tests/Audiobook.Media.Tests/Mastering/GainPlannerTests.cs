using Audiobook.Media.Loudness;
using Audiobook.Media.Mastering;

namespace Audiobook.Media.Tests.Mastering;

public sealed class GainPlannerTests
{
    private static LoudnessReport Report(double lufs, double tp, double rms, double floor, double minutes = 10) =>
        new(lufs, tp, rms, floor, 6, TimeSpan.FromMinutes(minutes));

    [Theory]
    [InlineData("audiobook", -18.0)]
    [InlineData("podcast", -16.0)]
    [InlineData("r128", -23.0)]
    public void Plan_LufsProfiles_GainToTarget(string name, double target)
    {
        var plan = GainPlanner.Plan(Report(-24, -12, -26, -75), MasteringProfiles.Get(name));

        Assert.Equal(target + 24, plan.GainDb, 1e-9);
        Assert.Equal(target, plan.Predicted.IntegratedLufs, 1e-9);
        Assert.True(plan.Check.Pass, string.Join("; ", plan.Check.Failures));
    }

    [Theory]
    [InlineData(-24.0, -12.0, false)] // peaks at -6 dBTP after +6 dB, far under the -2.5 dBTP limiter ceiling: no limiter
    [InlineData(-24.0, -8.7, true)] // -2.7 dBTP after gain: within the 0.5 dB headroom, the limiter still runs
    [InlineData(-24.0, -8.0, true)] // -2 dBTP after gain: over the ceiling, the limiter acts
    public void Plan_LimiterLeftOutOnlyWhenThePeaksStayClearOfItsCeiling(double lufs, double truePeak, bool needed)
    {
        var profile = MasteringProfiles.Get("audiobook"); // -18 LUFS, limiter at its ceiling less the margin

        var plan = GainPlanner.Plan(Report(lufs, truePeak, lufs - 2, -80), profile);

        Assert.Equal(-2.5, plan.LimiterCeilingDbtp, 1e-9);
        Assert.Equal(needed, plan.NeedsLimiter);
        Assert.Equal(truePeak + plan.GainDb > plan.LimiterCeilingDbtp, plan.LimiterRequired);
    }

    [Fact]
    public void Plan_PeaksOverCeiling_LimiterRequiredAndPeakHeld()
    {
        var profile = MasteringProfiles.Get("podcast");

        var plan = GainPlanner.Plan(Report(-22, -3, -24, -80), profile);

        Assert.True(plan.LimiterRequired);
        Assert.Equal(profile.TruePeakCeilingDbtp - profile.LimiterMarginDb, plan.LimiterCeilingDbtp);
        Assert.Equal(3 - plan.LimiterCeilingDbtp, plan.PeakReductionDb, 1e-9);
        Assert.Equal(plan.LimiterCeilingDbtp, plan.Predicted.TruePeakDbtp);
        Assert.True(plan.Check.Pass);
    }

    [Fact]
    public void Plan_Acx_RmsTargetAndAllChecks()
    {
        var plan = GainPlanner.Plan(Report(-21, -9, -25, -72), MasteringProfiles.Get("acx"));

        Assert.Equal(5, plan.GainDb, 1e-9);
        Assert.Equal(-20, plan.Predicted.RmsDb, 1e-9);
        Assert.Equal(["RMS", "True peak", "Noise floor", "Length"], plan.Check.Criteria.Select(c => c.Name));
        Assert.True(plan.Check.Pass);
    }

    [Fact]
    public void Plan_AcxNoisyFloorAndTooLong_FailsWithReasons()
    {
        var plan = GainPlanner.Plan(Report(-21, -9, -25, -63, minutes: 130), MasteringProfiles.Get("acx"));

        Assert.False(plan.Check.Pass);
        Assert.Equal(["Noise floor -58.0 dB is above -60.0 dB", "Length 130.0 min is above 120.0 min"], plan.Check.Failures);
    }

    [Fact]
    public void Plan_Silence_NoGain()
    {
        var silent = Report(LoudnessReport.SilenceDb, LoudnessReport.SilenceDb, LoudnessReport.SilenceDb, LoudnessReport.SilenceDb);

        Assert.Equal(0, GainPlanner.Plan(silent, MasteringProfiles.Get("audiobook")).GainDb);
    }

    [Fact]
    public void Plan_HeavyLimiting_MakesUpThePredictedLoss()
    {
        // A quiet tone with a loud 20 ms burst every second: most of the energy is in windows that the podcast
        // gain pushes far over the limiter ceiling, so limiting will cost loudness and the plan must add it back.
        var samples = Tone(-30, 24000 * 20);
        var burst = Tone(-10, 480);
        for (var s = 0; s + 480 <= samples.Length; s += 24000)
        {
            burst.CopyTo(samples, s);
        }

        var meter = new LoudnessMeter(24000);
        meter.Add(samples);
        var measured = meter.GetReport();
        var baseGain = -16 - measured.IntegratedLufs;

        var plan = GainPlanner.Plan(measured, MasteringProfiles.Get("podcast"));

        Assert.True(plan.GainDb > baseGain + 1, $"make-up gain expected: {plan.GainDb} vs {baseGain}");
        Assert.Equal(-16, plan.Predicted.IntegratedLufs, 0.5);
    }

    private static short[] Tone(double peakDb, int n)
    {
        var a = 32767 * Math.Pow(10, peakDb / 20);
        return Enumerable.Range(0, n).Select(i => (short)(a * Math.Sin(2 * Math.PI * 500 * i / 24000.0))).ToArray();
    }
}
