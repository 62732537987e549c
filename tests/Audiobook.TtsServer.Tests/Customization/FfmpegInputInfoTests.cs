using Audiobook.TtsServer.Customization;

namespace Audiobook.TtsServer.Tests.Customization;

public sealed class FfmpegInputInfoTests
{
    private const string Mp3Stderr = """
        Input #0, mp3, from '/tmp/tts-reference-1':
          Metadata:
            encoder         : Lavf59.27.100
          Duration: 00:00:04.03, start: 0.025057, bitrate: 64 kb/s
          Stream #0:0: Audio: mp3, 44100 Hz, mono, fltp, 64 kb/s
        Stream mapping:
          Stream #0:0 -> #0:0 (mp3 (mp3float) -> pcm_s16le (native))
        Output #0, s16le, to 'pipe:1':
          Stream #0:0: Audio: pcm_s16le, 16000 Hz, mono, s16, 256 kb/s
        """;

    [Fact]
    public void InputSampleRate_Mp3Stderr_InputNotOutputRate() => Assert.Equal(44100, FfmpegInputInfo.InputSampleRate(Mp3Stderr));

    [Fact]
    public void InputSampleRate_WavWithLanguageTag_Parsed() =>
        Assert.Equal(8000, FfmpegInputInfo.InputSampleRate("  Stream #0:0(und): Audio: pcm_s16le ([1][0][0][0] / 0x0001), 8000 Hz, 1 channels, s16, 128 kb/s\n"));

    [Fact]
    public void InputSampleRate_NoAudioStream_Null() => Assert.Null(FfmpegInputInfo.InputSampleRate("pipe:0: Invalid data found when processing input"));
}
