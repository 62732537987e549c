using Audiobook.Media.Loudness;
using Audiobook.Media.Pcm;
using Audiobook.Media.Tests.TestSupport;

namespace Audiobook.Media.Tests.Loudness;

public sealed class LoudnessMeterTests
{
    private const int Rate = 24000;

    [Fact]
    public async Task GetReport_SilenceAppended_IntegratedLoudnessUnchanged()
    {
        var speech = Signals.ReadPcm(await SpeechFixture.PcmPathAsync());
        var alone = Measure(speech);

        var withSilence = Measure(Signals.Concat(Signals.Zeros(Rate, TimeSpan.FromSeconds(30)), speech, Signals.Zeros(Rate, TimeSpan.FromSeconds(60))));

        Assert.Equal(alone.IntegratedLufs, withSilence.IntegratedLufs, 0.05);
        Assert.True(withSilence.RmsDb < alone.RmsDb - 2, "plain RMS is not gated, so it must drop");
        Assert.Equal(LoudnessReport.SilenceDb, withSilence.NoiseFloorDb);
    }

    [Fact]
    public void GetReport_QuietPartBelowRelativeGate_IsExcluded()
    {
        var loud = Signals.Sine(Rate, 1000, -20, TimeSpan.FromSeconds(10));
        var quiet = Signals.Sine(Rate, 1000, -45, TimeSpan.FromSeconds(10));

        var report = Measure(Signals.Concat(loud, quiet));

        Assert.Equal(-23.0, report.IntegratedLufs, 0.15);
    }

    [Fact]
    public void Add_OddSizedByteChunks_SameReportAsOneChunk()
    {
        var samples = Signals.Concat(Signals.Sine(Rate, 440, -12, TimeSpan.FromSeconds(3)), Signals.Sine(Rate, 3000, -30, TimeSpan.FromSeconds(4)));
        var bytes = Signals.ToBytes(samples);
        var whole = new LoudnessMeter(Rate);
        whole.Add(bytes);

        var chunked = new LoudnessMeter(Rate);
        var sizes = new[] { 1, 7, 333, 4096, 2, 9999, 5 };
        for (int offset = 0, i = 0; offset < bytes.Length; i++)
        {
            var n = Math.Min(sizes[i % sizes.Length], bytes.Length - offset);
            chunked.Add(bytes.AsSpan(offset, n));
            offset += n;
        }

        Assert.Equal(whole.GetReport(), chunked.GetReport());
        Assert.Equal(samples.Length, chunked.Frames);
    }

    [Fact]
    public void Add_ShortsAndBytes_SameReport()
    {
        var samples = Signals.Sine(Rate, 440, -12, TimeSpan.FromSeconds(2));
        var a = new LoudnessMeter(Rate);
        a.Add(samples);
        var b = new LoudnessMeter(Rate);
        b.Add(Signals.ToBytes(samples));

        Assert.Equal(a.GetReport(), b.GetReport());
    }

    [Fact]
    public void GetReport_RoomTonePauses_NoiseFloorIsTheRoomTone()
    {
        using var stream = new MemoryStream();
        var format = new PcmFormat(Rate);
        var tone = new RoomToneGenerator(format, -70, 3);
        var loud = Signals.ToBytes(Signals.Sine(Rate, 440, -10, TimeSpan.FromSeconds(3)));
        for (var i = 0; i < 3; i++)
        {
            stream.Write(loud);
            tone.Write(stream, TimeSpan.FromSeconds(0.8));
        }

        var meter = new LoudnessMeter(Rate);
        meter.Add(stream.ToArray());

        Assert.Equal(-70, meter.GetReport().NoiseFloorDb, 1.0);
    }

    [Fact]
    public void GetReport_NothingAdded_ReportsSilence()
    {
        var report = new LoudnessMeter(Rate).GetReport();

        Assert.Equal(LoudnessReport.SilenceDb, report.IntegratedLufs);
        Assert.Equal(LoudnessReport.SilenceDb, report.TruePeakDbtp);
        Assert.Equal(TimeSpan.Zero, report.Duration);
    }

    [Fact]
    public void GetReport_Duration_CountsEverySample()
    {
        var report = Measure(Signals.Zeros(Rate, TimeSpan.FromMilliseconds(1500)));

        Assert.Equal(TimeSpan.FromMilliseconds(1500), report.Duration);
    }

    [Fact]
    public void ApplyGain_Positive_ShiftsLevelsButNotRangeOrSilence()
    {
        var report = new LoudnessReport(-25, -6, -27, LoudnessReport.SilenceDb, 7, TimeSpan.FromMinutes(3));

        var gained = LoudnessReport.ApplyGain(report, 4.5);

        Assert.Equal(new LoudnessReport(-20.5, -1.5, -22.5, LoudnessReport.SilenceDb, 7, TimeSpan.FromMinutes(3)), gained);
    }

    [Fact]
    public void Constructor_48kHz_KWeightingMatchesTheBs1770Table()
    {
        var shelf = KWeightingFilter.CreateShelf(48000);
        var highPass = KWeightingFilter.CreateHighPass(48000);

        Assert.Equal(1.53512485958697, shelf.B0, 1e-8);
        Assert.Equal(-2.69169618940638, shelf.B1, 1e-8);
        Assert.Equal(1.19839281085285, shelf.B2, 1e-8);
        Assert.Equal(-1.69065929318241, shelf.A1, 1e-8);
        Assert.Equal(0.73248077421585, shelf.A2, 1e-8);
        Assert.Equal(-1.99004745483398, highPass.A1, 1e-8);
        Assert.Equal(0.99007225036621, highPass.A2, 1e-8);
    }

    private static LoudnessReport Measure(short[] samples)
    {
        var meter = new LoudnessMeter(Rate);
        meter.Add(samples);
        return meter.GetReport();
    }
}
