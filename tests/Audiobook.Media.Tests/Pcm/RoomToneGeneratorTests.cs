using Audiobook.Media.Loudness;
using Audiobook.Media.Pcm;
using Audiobook.Media.Tests.TestSupport;

namespace Audiobook.Media.Tests.Pcm;

public sealed class RoomToneGeneratorTests
{
    private static readonly PcmFormat Format = new(24000);

    [Theory]
    [InlineData(-70)]
    [InlineData(-60)]
    [InlineData(-30)]
    public void Write_Level_RmsMatchesAndIsNotDigitalSilence(double level)
    {
        using var stream = new MemoryStream();
        new RoomToneGenerator(Format, level, 11).Write(stream, TimeSpan.FromSeconds(10));

        var meter = new LoudnessMeter(24000);
        meter.Add(stream.ToArray());
        var report = meter.GetReport();

        Assert.Equal(level, report.RmsDb, 0.5);
        Assert.True(report.NoiseFloorDb > LoudnessReport.SilenceDb);
        Assert.Equal(480000, stream.Length);
    }

    [Fact]
    public void Write_SameSeed_SameBytes_OtherSeed_OtherBytes()
    {
        byte[] Make(int seed)
        {
            using var s = new MemoryStream();
            new RoomToneGenerator(Format, -70, seed).Write(s, TimeSpan.FromSeconds(1));
            return s.ToArray();
        }

        Assert.Equal(Make(5), Make(5));
        Assert.NotEqual(Make(5), Make(6));
    }

    [Fact]
    public void SilenceWrite_Duration_ExactZeroBytes()
    {
        using var stream = new MemoryStream();

        Silence.Write(stream, new PcmFormat(22050), TimeSpan.FromMilliseconds(1234));

        Assert.Equal(27210 * 2, stream.Length);
        Assert.All(stream.ToArray(), b => Assert.Equal(0, b));
    }

    [Fact]
    public void PcmFormat_Conversions_RoundTrip()
    {
        var format = PcmFormat.Default;

        Assert.Equal(48000, format.BytesPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(1.5), format.DurationOf(72000));
        Assert.Equal(72000, format.BytesFor(TimeSpan.FromSeconds(1.5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PcmFormat(0));
    }
}
