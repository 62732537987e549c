using Audiobook.Media.Probing;

namespace Audiobook.Media.Tests.Probing;

/// <summary>ffmpeg's verbose closing report, saved from real runs (the same AAC and MP3 settings the encoder uses), read back.</summary>
public sealed class EncodeReportParserTests
{
    [Fact]
    public void TryParse_SavedAacEncode_OutputStreamCodecRateAndCounts()
    {
        var report = EncodeReportParser.TryParse(Lines("encode-aac.verbose.txt"));

        // ffprobe of that file: aac, 24000 Hz, nb_frames=159.
        Assert.Equal(new EncodeReport("aac", 24000, 160985, 159), report);
    }

    [Fact]
    public void TryParse_SavedMp3EncodeWithCover_AudioStreamNotTheInputOrThePicture()
    {
        var report = EncodeReportParser.TryParse(Lines("encode-mp3-cover.verbose.txt"));

        Assert.Equal(new EncodeReport("mp3", 44100, 295810, 258), report);
        Assert.Equal(TimeSpan.FromSeconds(295810 / 44100.0).TotalMilliseconds, report!.Duration.TotalMilliseconds, 0.01);
    }

    [Fact]
    public void TryParse_QuietOutputWithoutReport_Null()
    {
        var lines = Lines("encode-aac.verbose.txt").Where(l => !l.Contains("Output stream", StringComparison.Ordinal));

        Assert.Null(EncodeReportParser.TryParse(lines));
        Assert.Null(EncodeReportParser.TryParse([]));
    }

    private static string[] Lines(string name) => File.ReadAllLines(Path.Combine("Probing", "Data", name));
}
