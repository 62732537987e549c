using System.Globalization;
using Audiobook.Tts.Protocol;
using Audiobook.Tts.Tests.TestSupport;
using Xunit.Abstractions;

namespace Audiobook.Tts.Tests.Conformance;

public sealed class AudioFormatConformanceTests(LocalServerFixture server, ITestOutputHelper output) : IClassFixture<LocalServerFixture>, IDisposable
{
    private const string ShortText = "A short line.";
    private const string LongText = "A much longer line of text, which should take about four times as long to read aloud as the short one.";
    private readonly TempDirectory _files = new();

    public static TheoryData<string, int> FormatsAndRates()
    {
        var data = new TheoryData<string, int>();
        foreach (var format in new[] { AudioFormats.Pcm, AudioFormats.Wav, AudioFormats.Mp3, AudioFormats.Opus })
        {
            foreach (var rate in new[] { 8000, 16000, 24000, 48000 })
            {
                data.Add(format, rate);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormatsAndRates))]
    public async Task SynthesizeAsync_FormatAndRate_DecodesAtThatRateWithLengthProportionalToText(string format, int rate)
    {
        await using var session = await server.OpenAsync(LocalServerFixture.FlashModel, LocalServerFixture.Commit("Serena", format, rate));
        Assert.Equal(format, session.Session.ResponseFormat);
        Assert.Equal(rate, session.Session.SampleRate);

        var shortAudio = await LocalServerFixture.SynthesizeAsync(session, ShortText);
        var longAudio = await LocalServerFixture.SynthesizeAsync(session, LongText);

        var (shortProbe, shortPcm) = await AudioCheck.AnalyzeAsync(shortAudio, format, rate, _files);
        var (longProbe, longPcm) = await AudioCheck.AnalyzeAsync(longAudio, format, rate, _files);
        var context = string.Create(CultureInfo.InvariantCulture, $"{format}@{rate}");
        Assert.Equal(ExpectedCodec(format), shortProbe.CodecName);
        // Ogg Opus always decodes at 48 kHz (RFC 7845); the encoder's input rate is only a header hint.
        var expectedRate = format == AudioFormats.Opus ? 48000 : rate;
        Assert.Equal(expectedRate, shortProbe.SampleRate);
        Assert.Equal(expectedRate, longProbe.SampleRate);
        Assert.Equal(1, shortProbe.Channels);
        AudioCheck.AssertAudible(shortPcm, context + " short");
        AudioCheck.AssertAudible(longPcm, context + " long");
        var ratio = longPcm.DurationSeconds / shortPcm.DurationSeconds;
        output.WriteLine($"{context}: {shortProbe.CodecName} {shortProbe.SampleRate} Hz, {shortPcm.DurationSeconds:0.00} s / {longPcm.DurationSeconds:0.00} s, RMS {shortPcm.RmsDbfs:0.0} / {longPcm.RmsDbfs:0.0} dBFS");
        var textRatio = (double)LongText.Length / ShortText.Length;
        Assert.True(ratio > textRatio / 3 && ratio < textRatio * 1.5, $"{context}: duration ratio {ratio:0.00} for a text ratio of {textRatio:0.00}");
        if (format == AudioFormats.Pcm)
        {
            Assert.Equal(shortAudio.Length / 2.0 / rate, shortPcm.DurationSeconds, 3);
        }
    }

    [Fact]
    public async Task SynthesizeAsync_Wav_EveryResponseStartsWithRiffHeader()
    {
        await using var session = await server.OpenAsync(LocalServerFixture.FlashModel, LocalServerFixture.Commit(format: AudioFormats.Wav));

        var first = await LocalServerFixture.SynthesizeAsync(session, "First file.");
        var second = await LocalServerFixture.SynthesizeAsync(session, "Second file.");

        Assert.Equal("RIFF"u8.ToArray(), first[..4]);
        Assert.Equal("RIFF"u8.ToArray(), second[..4]);
    }

    private static string ExpectedCodec(string format) => format switch
    {
        AudioFormats.Pcm => "pcm_s16le",
        AudioFormats.Wav => "pcm_s16le",
        AudioFormats.Mp3 => "mp3",
        _ => "opus",
    };

    public void Dispose() => _files.Dispose();
}
