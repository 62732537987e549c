using Audiobook.Media.Encoding;
using Audiobook.Media.Probing;

namespace Audiobook.Media.Tests.Probing;

public sealed class Ebur128OutputParserTests
{
    [Fact]
    public void Parse_SavedToneOutput_ReadsSummary()
    {
        var summary = Ebur128OutputParser.Parse(File.ReadAllText(Path.Combine("Probing", "Data", "ebur128-tone.txt")));

        Assert.Equal(new Ebur128Summary(-21.8, -31.8, 0.0, -21.8, -21.8, -18.1, null), summary);
    }

    [Fact]
    public void Parse_SavedSilenceOutput_MinusSeventyAndMinusInfinity()
    {
        var summary = Ebur128OutputParser.Parse(File.ReadAllText(Path.Combine("Probing", "Data", "ebur128-silence.txt")));

        Assert.Equal(-70.0, summary.IntegratedLufs);
        Assert.Equal(double.NegativeInfinity, summary.TruePeakDbtp);
    }

    [Fact]
    public void Parse_NoSummary_ThrowsMediaEncodingException()
    {
        Assert.Throws<MediaEncodingException>(() => Ebur128OutputParser.Parse("[in#0] Invalid data found when processing input\n"));
    }
}
