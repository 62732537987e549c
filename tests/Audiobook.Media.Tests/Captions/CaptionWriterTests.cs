using Audiobook.Media.Captions;

namespace Audiobook.Media.Tests.Captions;

public sealed class CaptionWriterTests
{
    private static readonly CaptionCue[] Cues =
    [
        new(TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(2750.4), "Hello <world> & you --> there."),
        new(TimeSpan.FromHours(1) + TimeSpan.FromMilliseconds(3001), TimeSpan.FromHours(1) + TimeSpan.FromSeconds(5), "Line one\r\n\r\nline two"),
    ];

    [Fact]
    public void WebVttWrite_Cues_HeaderTimestampsAndEscaping()
    {
        var text = WebVttWriter.Write(Cues);

        Assert.Equal(
            "WEBVTT\n\n1\n00:00:00.500 --> 00:00:02.750\nHello &lt;world&gt; &amp; you --&gt; there.\n" +
            "\n2\n01:00:03.001 --> 01:00:05.000\nLine one\nline two\n",
            text);
    }

    [Fact]
    public void SrtWrite_Cues_CommaMillisecondsAndNumbers()
    {
        var text = SrtWriter.Write(Cues);

        Assert.Equal(
            "1\n00:00:00,500 --> 00:00:02,750\nHello <world> & you --> there.\n" +
            "\n2\n01:00:03,001 --> 01:00:05,000\nLine one\nline two\n",
            text);
    }

    [Fact]
    public void WebVttWrite_CueEndingBeforeStart_Throws()
    {
        Assert.Throws<ArgumentException>(() => WebVttWriter.Write([new CaptionCue(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), "x")]));
    }

    [Fact]
    public void WebVttWrite_NoCues_HeaderOnly()
    {
        Assert.Equal("WEBVTT\n", WebVttWriter.Write([]));
    }
}
