using Audiobook.Media.Loudness;
using Audiobook.Media.Probing;
using Audiobook.Media.Tests.TestSupport;

namespace Audiobook.Media.Tests.Loudness;

/// <summary>The in-process meter against ffmpeg's ebur128 filter on the same PCM.</summary>
public sealed class LoudnessMeterReferenceTests
{
    private const int Rate = 24000;

    [Fact]
    public async Task GetReport_Sine997HzAtMinus20Dbfs_MatchesEbur128AndTheKnownValue()
    {
        var samples = Signals.Sine(Rate, 997, -20, TimeSpan.FromSeconds(20));

        var (ours, ffmpeg) = await MeasureBothAsync(samples);

        Assert.Equal(-23.0, ours.IntegratedLufs, 0.1);
        Assert.Equal(-20.0, ours.TruePeakDbtp, 0.1);
        Assert.Equal(-23.0, ours.RmsDb, 0.05);
        AssertAgree(ours, ffmpeg);
    }

    [Fact]
    public async Task GetReport_PinkNoise_MatchesEbur128()
    {
        using var dir = new TempDirectory();
        var pcm = dir.File("pink.pcm");
        await Tools.RunAsync("ffmpeg", "-nostdin", "-v", "error", "-f", "lavfi", "-i", "anoisesrc=color=pink:amplitude=0.2:seed=7:r=24000:d=20", "-f", "s16le", "-ac", "1", "-y", pcm);

        var (ours, ffmpeg) = await MeasureBothAsync(Signals.ReadPcm(pcm));

        AssertAgree(ours, ffmpeg);
    }

    [Fact]
    public async Task GetReport_EspeakSpeech_MatchesEbur128()
    {
        var samples = Signals.ReadPcm(await SpeechFixture.PcmPathAsync());
        Assert.InRange(samples.Length / (double)Rate, 40, 90);

        var (ours, ffmpeg) = await MeasureBothAsync(samples);

        AssertAgree(ours, ffmpeg);
        Assert.Equal(ffmpeg.LoudnessRangeLu, ours.LoudnessRangeLu, 1.0);
    }

    [Fact]
    public void GetReport_InterSamplePeak_ReadsAboveTheSamplePeak()
    {
        // A quarter-rate sine at 45 degrees: every sample lands at 0.707 of the crest, so the sample peak
        // under-reads by 3 dB; the true peak must not.
        var samples = new short[Rate * 2];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (short)Math.Round(16384 * Math.Sin((Math.PI / 2 * i) + (Math.PI / 4)));
        }

        var meter = new LoudnessMeter(Rate);
        meter.Add(samples);

        var samplePeak = 20 * Math.Log10(samples.Max(s => Math.Abs((int)s)) / 32768.0);
        Assert.Equal(-9.03, samplePeak, 0.05);
        Assert.InRange(meter.GetReport().TruePeakDbtp, -6.6, -5.8);
    }

    private static void AssertAgree(LoudnessReport ours, Ebur128Summary ffmpeg)
    {
        // ffmpeg prints one decimal, hence the extra 0.05.
        Assert.Equal(ffmpeg.IntegratedLufs, ours.IntegratedLufs, 0.35);
        Assert.NotNull(ffmpeg.TruePeakDbtp);
        Assert.Equal(ffmpeg.TruePeakDbtp.Value, ours.TruePeakDbtp, 0.55);
    }

    private static async Task<(LoudnessReport Ours, Ebur128Summary Ffmpeg)> MeasureBothAsync(short[] samples)
    {
        using var dir = new TempDirectory();
        var pcm = dir.File("signal.pcm");
        Signals.WritePcm(pcm, samples);
        var meter = new LoudnessMeter(Rate);
        meter.Add(samples);
        await using var probe = new MediaProbe();
        var ffmpeg = await probe.MeasureEbur128Async(pcm, new PcmFormat(Rate), CancellationToken.None);
        return (meter.GetReport(), ffmpeg);
    }
}
