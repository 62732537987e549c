using Audiobook.Tts.Protocol;
using Audiobook.Tts.Tests.TestSupport;

namespace Audiobook.Tts.Tests.Conformance;

/// <summary>Writes a response's audio to a file, probes it with ffprobe and decodes it with ffmpeg, so assertions work on what a
/// player would hear.</summary>
internal static class AudioCheck
{
    /// <summary>Probe plus decoded samples at the container's own sample rate.</summary>
    public static async Task<(AudioProbe Probe, PcmAudio Pcm)> AnalyzeAsync(byte[] audio, string format, int sampleRate, TempDirectory directory)
    {
        Assert.NotEmpty(audio);
        var path = directory.File($"{Guid.NewGuid():N}.{format}");
        await File.WriteAllBytesAsync(path, audio);
        var rawRate = format == AudioFormats.Pcm ? sampleRate : (int?)null;
        var probe = await AudioProbe.ProbeAsync(path, rawRate);
        var pcm = await PcmAudio.DecodeAsync(path, probe.SampleRate, rawRate);
        return (probe, pcm);
    }

    /// <summary>Speech-like loudness: well above digital silence.</summary>
    public static void AssertAudible(PcmAudio pcm, string context)
    {
        Assert.True(pcm.DurationSeconds > 0.3, $"{context}: only {pcm.DurationSeconds:0.00} s of audio");
        Assert.True(pcm.RmsDbfs > -45, $"{context}: RMS {pcm.RmsDbfs:0.0} dBFS is near silence");
    }
}
