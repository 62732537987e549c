using Audiobook.Media.Ffmpeg;

namespace Audiobook.Media.Tests.Encoding;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Join_AwkwardArguments_ReachTheProcessUnchanged()
    {
        string[] arguments = ["plain", "with space", "quote\"inside", "trailing\\", "back\\\\slash\"q", "", "日本語 'x'", "title=Album cover"];
        var start = new System.Diagnostics.ProcessStartInfo("printf", CommandLine.Join(["%s|", .. arguments])) { RedirectStandardOutput = true };

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(string.Concat(arguments.Select(a => a + "|")), output);
    }

    [Fact]
    public void ConcatList_QuoteInPath_IsEscaped()
    {
        var text = Media.Encoding.EncodeCommands.ConcatList(["/tmp/it's.m4a"]);

        Assert.Equal("ffconcat version 1.0\nfile '/tmp/it'\\''s.m4a'\n", text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ChapterEncodes_LimiterOnlyWhenAsked_GainAndResamplingAlways(bool limiter)
    {
        var profile = Media.Mastering.MasteringProfiles.Get("audiobook");

        var mp3 = Media.Encoding.EncodeCommands.Mp3("in.pcm", PcmFormat.Default, 3, limiter, profile, [], null, "out.mp3").ToString();
        var aac = Media.Encoding.EncodeCommands.Aac("in.pcm", PcmFormat.Default, 3, limiter, profile, "out.m4a").ToString();

        Assert.All([mp3, aac], command =>
        {
            Assert.Contains("volume=3dB", command, StringComparison.Ordinal);
            Assert.Equal(limiter, command.Contains("alimiter=limit=0.749894", StringComparison.Ordinal)); // -2.5 dBTP
        });
        Assert.Contains("aresample=44100", mp3, StringComparison.Ordinal);
    }

    [Fact]
    public void Mp3_WithoutCover_ReadsOnlyThePcm_TagsAsArguments()
    {
        var profile = Media.Mastering.MasteringProfiles.Get("audiobook");
        var tags = new Media.Encoding.AudioTags { Title = "A = B; #1", Track = "1/2" }.ToMetadata();

        var command = Media.Encoding.EncodeCommands.Mp3("in.pcm", PcmFormat.Default, 0, false, profile, tags, null, "out.mp3");

        // A second input would make ffmpeg 5.1 read the PCM on its own thread (measurably more CPU per encode).
        Assert.Equal(1, command.InputCount);
        Assert.Equal(["-metadata", "title=A = B; #1"], command.OutputArguments.SkipWhile(a => a != "-metadata").Take(2));
        Assert.Contains("track=1/2", command.OutputArguments);
    }
}
