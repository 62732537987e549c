using System.Globalization;

namespace Audiobook.Tts.Tests.TestSupport;

/// <summary>Mono 16-bit samples decoded by ffmpeg, with loudness and duration helpers.</summary>
internal sealed record PcmAudio(short[] Samples, int SampleRate)
{
    public double DurationSeconds => (double)Samples.Length / SampleRate;

    /// <summary>RMS level in dBFS (−∞ for digital silence).</summary>
    public double RmsDbfs
    {
        get
        {
            if (Samples.Length == 0)
            {
                return double.NegativeInfinity;
            }

            double sum = 0;
            foreach (var s in Samples)
            {
                sum += (double)s * s;
            }

            return 20 * Math.Log10(Math.Sqrt(sum / Samples.Length) / 32768.0);
        }
    }

    public static PcmAudio FromS16Le(ReadOnlySpan<byte> bytes, int sampleRate)
    {
        var samples = new short[bytes.Length / 2];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (short)(bytes[2 * i] | (bytes[2 * i + 1] << 8));
        }

        return new PcmAudio(samples, sampleRate);
    }

    /// <summary>Decodes any file ffmpeg reads to mono s16le at <paramref name="outputRate"/> (its own rate when null).</summary>
    public static async Task<PcmAudio> DecodeAsync(string path, int outputRate, int? rawPcmRate = null)
    {
        var output = Path.ChangeExtension(path, ".decoded.pcm");
        List<string> args = ["-nostdin", "-v", "error", "-y"];
        if (rawPcmRate is { } rate)
        {
            args.AddRange(["-f", "s16le", "-ar", rate.ToString(CultureInfo.InvariantCulture), "-ac", "1"]);
        }

        args.AddRange(["-i", path, "-f", "s16le", "-ac", "1", "-ar", outputRate.ToString(CultureInfo.InvariantCulture), output]);
        await ToolRunner.RunCheckedAsync("ffmpeg", args);
        try
        {
            return FromS16Le(await File.ReadAllBytesAsync(output), outputRate);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
