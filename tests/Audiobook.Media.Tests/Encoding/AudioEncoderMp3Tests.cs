using Audiobook.Media.Encoding;
using Audiobook.Media.Mastering;
using Audiobook.Media.Probing;
using Audiobook.Media.Tests.TestSupport;

namespace Audiobook.Media.Tests.Encoding;

public sealed class AudioEncoderMp3Tests
{
    private static readonly PcmFormat Format = new(SpeechFixture.Rate);

    [Fact]
    public async Task EncodeMp3Async_AcxProfile_Cbr192k44kMonoWithTagsAndCover()
    {
        using var dir = new TempDirectory();
        var output = dir.File("01_Chapter-01.mp3");
        var tags = new AudioTags
        {
            Title = "Chapter 1: Ünïcode = ok; #1",
            Album = "A Book",
            Artist = "Jane Author",
            AlbumArtist = "Jane Author",
            Composer = "Cherry (Qwen TTS)",
            Date = "2024",
            Track = "1/12",
            Language = "en",
            Comment = "rendered by test",
            Description = "Line one\nsaid \"two\" = C:\\path\\ ; end",
        };
        await using var encoder = new AudioEncoder();

        await encoder.EncodeMp3Async(await SpeechFixture.PcmPathAsync(), Format, 0, limiter: true, MasteringProfiles.Get("acx"), tags, await Covers.JpegAsync(), output, CancellationToken.None);

        await using var probe = new MediaProbe();
        var result = await probe.ProbeAsync(output, CancellationToken.None);
        var audio = Assert.IsType<StreamInfo>(result.Audio);
        Assert.Equal("mp3", audio.CodecName);
        Assert.Equal(44100, audio.SampleRate);
        Assert.Equal(1, audio.Channels);
        Assert.Equal(192000, audio.BitRate);
        // CBR at 192 kbit/s and 44.1 kHz: every frame is 626 or 627 bytes (the padding bit), none other.
        Assert.All(await Tools.PacketSizesAsync(output), size => Assert.InRange(size, 626, 627));
        Assert.Equal(tags.Title, result.Tag("title"));
        Assert.Equal("Jane Author", result.Tag("artist"));
        Assert.Equal("A Book", result.Tag("album"));
        Assert.Equal("Cherry (Qwen TTS)", result.Tag("composer"));
        Assert.Equal("Audiobook", result.Tag("genre"));
        Assert.Equal("1/12", result.Tag("track"));
        Assert.Equal(tags.Description, result.Tag("description"));
        var cover = Assert.IsType<StreamInfo>(result.AttachedPicture);
        Assert.Equal("mjpeg", cover.CodecName);
        Assert.Equal("Album cover", cover.Tags["title"]);
        Assert.Equal("Cover (front)", cover.Tags["comment"]);
        Assert.Equal([output], Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task EncodeMp3Async_HugeDescription_EncodesWithTheDescriptionCut()
    {
        // Tags are command-line arguments: a 600,000-character description would exceed what Linux allows one argument.
        using var dir = new TempDirectory();
        var output = dir.File("huge.mp3");
        var tags = new AudioTags { Title = "x", Description = string.Concat(Enumerable.Repeat("A long blurb. ", 43_000)) };
        await using var encoder = new AudioEncoder();

        await encoder.EncodeMp3Async(await SpeechFixture.PcmPathAsync(), Format, 0, limiter: false, MasteringProfiles.Get("podcast"), tags, null, output, CancellationToken.None);

        await using var probe = new MediaProbe();
        var result = await probe.ProbeAsync(output, CancellationToken.None);
        Assert.Equal(tags.ToMetadata().Single(p => p.Key == "description").Value, result.Tag("description"));
    }

    [Fact]
    public async Task EncodeMp3Async_NoCover_HasOnlyAudio()
    {
        using var dir = new TempDirectory();
        var output = dir.File("x.mp3");
        await using var encoder = new AudioEncoder();

        await encoder.EncodeMp3Async(await SpeechFixture.PcmPathAsync(), Format, -3, limiter: true, MasteringProfiles.Get("podcast"), new AudioTags { Title = "x" }, null, output, CancellationToken.None);

        await using var probe = new MediaProbe();
        var result = await probe.ProbeAsync(output, CancellationToken.None);
        Assert.Single(result.Streams);
        Assert.Equal(128000, result.Audio!.BitRate);
    }
}
