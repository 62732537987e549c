using Audiobook.Tts.Protocol;
using Audiobook.Tts.Tests.TestSupport;
using Xunit.Abstractions;

namespace Audiobook.Tts.Tests.Conformance;

public sealed class ClonePitchConformanceTests(LocalServerFixture server, ITestOutputHelper output) : IClassFixture<LocalServerFixture>, IDisposable
{
    private const string SampleText = "The quick brown fox jumps over the lazy dog, and then it runs away into the quiet forest.";
    private const string SpokenText = "Every cloned voice should keep the pitch of the person who recorded its sample.";
    private readonly TempDirectory _files = new();

    [Fact]
    public async Task ClonedVoices_LowAndHighPitchedSamples_SynthesizedPitchFollowsTheSamples()
    {
        var lowSample = await Espeak.SpeakWavAsync(SampleText, 20, _files.Path);
        var highSample = await Espeak.SpeakWavAsync(SampleText, 80, _files.Path);
        var lowSampleF0 = await MedianF0Async(lowSample, AudioFormats.Wav);
        var highSampleF0 = await MedianF0Async(highSample, AudioFormats.Wav);
        Assert.True(highSampleF0 > lowSampleF0 * 1.2, $"espeak samples: low {lowSampleF0:0} Hz, high {highSampleF0:0} Hz");

        var low = await server.Customization.CreateClonedVoiceAsync(LocalServerFixture.CloneModel, "lowpitch", lowSample, "audio/wav", SampleText, "en", CancellationToken.None);
        var high = await server.Customization.CreateClonedVoiceAsync(LocalServerFixture.CloneModel, "highpitch", highSample, "audio/wav", SampleText, "en", CancellationToken.None);
        var lowOutputF0 = await SynthesizedF0Async(low.Voice);
        var highOutputF0 = await SynthesizedF0Async(high.Voice);

        output.WriteLine($"median F0: samples {lowSampleF0:0} / {highSampleF0:0} Hz, synthesized {lowOutputF0:0} / {highOutputF0:0} Hz");
        var sampleRatio = highSampleF0 / lowSampleF0;
        var outputRatio = highOutputF0 / lowOutputF0;
        Assert.True(highOutputF0 > lowOutputF0 * 1.15, $"outputs: low {lowOutputF0:0} Hz, high {highOutputF0:0} Hz");
        Assert.True(outputRatio > sampleRatio / 1.6 && outputRatio < sampleRatio * 1.6, $"sample ratio {sampleRatio:0.00}, output ratio {outputRatio:0.00}");
        Assert.True(Math.Abs(Math.Log(lowOutputF0 / lowSampleF0)) < Math.Log(1.5), $"low: sample {lowSampleF0:0} Hz, output {lowOutputF0:0} Hz");
        Assert.True(Math.Abs(Math.Log(highOutputF0 / highSampleF0)) < Math.Log(1.5), $"high: sample {highSampleF0:0} Hz, output {highOutputF0:0} Hz");
    }

    public void Dispose() => _files.Dispose();

    private async Task<double> SynthesizedF0Async(string voice)
    {
        await using var session = await server.OpenAsync(LocalServerFixture.CloneModel, LocalServerFixture.Commit(voice));
        var audio = await LocalServerFixture.SynthesizeAsync(session, SpokenText);
        return await MedianF0Async(audio, AudioFormats.Pcm);
    }

    private async Task<double> MedianF0Async(byte[] audio, string format)
    {
        // 8 kHz is plenty for a 60–400 Hz pitch track and keeps the autocorrelation cheap.
        var path = _files.File($"{Guid.NewGuid():N}.{format}");
        await File.WriteAllBytesAsync(path, audio);
        var pcm = await PcmAudio.DecodeAsync(path, 8000, format == AudioFormats.Pcm ? 24000 : null);
        return PitchMeter.MedianF0(pcm) ?? throw new InvalidOperationException("No voiced frames found.");
    }
}
