using Audiobook.Media.Encoding;
using Audiobook.Media.Loudness;
using Audiobook.Media.Mastering;
using Audiobook.Media.Probing;
using Audiobook.Media.Tests.TestSupport;

namespace Audiobook.Media.Tests.Encoding;

/// <summary>Gain + limiter in the encode pass land the delivered file on each profile's target, checked by
/// measuring the encoded file with ffmpeg's ebur128 (true peak of the encoded file, as ACX checks it).</summary>
public sealed class MasteringLevelsTests
{
    private static readonly PcmFormat Format = new(SpeechFixture.Rate);

    [Theory]
    [InlineData("audiobook", "m4a")]
    [InlineData("podcast", "mp3")]
    [InlineData("podcast", "m4a")]
    [InlineData("r128", "m4a")]
    public async Task Encode_LufsProfile_LoudnessOnTargetAndPeaksUnderCeiling(string profileName, string container)
    {
        var profile = MasteringProfiles.Get(profileName);
        var (_, summary, _) = await EncodeAndMeasureAsync(profile, container);

        Assert.Equal(profile.TargetLufs!.Value, summary.IntegratedLufs, 1.0);
        Assert.True(summary.TruePeakDbtp <= profile.TruePeakCeilingDbtp, $"true peak {summary.TruePeakDbtp} dBTP is above {profile.TruePeakCeilingDbtp}");
    }

    [Fact]
    public async Task EncodeMp3Async_AcxProfile_RmsInWindowPeaksUnderMinus3NoiseFloorUnderMinus60()
    {
        var profile = MasteringProfiles.Get("acx");
        var (_, summary, decoded) = await EncodeAndMeasureAsync(profile, "mp3");

        Assert.True(summary.TruePeakDbtp <= -3.0, $"true peak {summary.TruePeakDbtp} dBTP");
        var meter = new LoudnessMeter(44100);
        meter.Add(decoded);
        var levels = meter.GetReport();
        Assert.Equal(-20.0, levels.RmsDb, 1.0);
        Assert.InRange(levels.NoiseFloorDb, -100, -60);
    }

    private static async Task<(string Output, Ebur128Summary Summary, short[] Decoded)> EncodeAndMeasureAsync(MasteringProfile profile, string container)
    {
        using var dir = new TempDirectory();
        // Speech between room-tone pauses, as a chapter is written.
        var pcm = dir.File("chapter.pcm");
        await using (var writer = new Media.Pcm.PcmChapterWriter(pcm, Format, profile))
        {
            await writer.WritePauseAsync(profile.HeadRoomTone, CancellationToken.None);
            await writer.WriteAudioAsync(await File.ReadAllBytesAsync(await SpeechFixture.PcmPathAsync()), CancellationToken.None);
            await writer.WritePauseAsync(TimeSpan.FromSeconds(1.5), CancellationToken.None);
            await writer.WriteAudioAsync(await File.ReadAllBytesAsync(await SpeechFixture.PcmPathAsync()), CancellationToken.None);
            await writer.WritePauseAsync(profile.TailRoomTone, CancellationToken.None);
            var measured = await writer.CompleteAsync(CancellationToken.None);
            var plan = GainPlanner.Plan(measured, profile);
            Assert.True(plan.Check.Pass, string.Join("; ", plan.Check.Failures));
            var output = dir.File("chapter." + container);
            await using var encoder = new AudioEncoder();
            if (container == "mp3")
            {
                await encoder.EncodeMp3Async(pcm, Format, plan.GainDb, plan.NeedsLimiter, profile, new AudioTags(), null, output, CancellationToken.None);
            }
            else
            {
                await encoder.EncodeAacAsync(pcm, Format, plan.GainDb, plan.NeedsLimiter, profile, output, CancellationToken.None);
            }

            Assert.True(File.Exists(output));
            await using var probe = new MediaProbe();
            var summary = await probe.MeasureEbur128Async(output, CancellationToken.None);
            var decoded = await Tools.DecodeAsync(output, 44100);
            return (output, summary, decoded);
        }
    }
}
