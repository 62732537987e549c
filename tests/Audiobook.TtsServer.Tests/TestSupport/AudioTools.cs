using System.Diagnostics;
using System.Globalization;
using Audiobook.TtsServer.Dsp;

namespace Audiobook.TtsServer.Tests.TestSupport;

/// <summary>Real ffprobe/ffmpeg/espeak-ng runs for assertions on produced audio.</summary>
internal static class AudioTools
{
    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, byte[]? stdin = null)
    {
        var startInfo = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return await output + await error;
    }

    /// <summary>ffprobe's codec_name and sample_rate of the first audio stream of a file's bytes.</summary>
    public static async Task<(string Codec, int SampleRate, double Duration)> ProbeAsync(byte[] file)
    {
        var path = Path.Combine(Path.GetTempPath(), "probe-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(path, file);
        try
        {
            var text = await RunAsync("ffprobe", ["-v", "error", "-select_streams", "a:0", "-show_entries", "stream=codec_name,sample_rate:format=duration", "-of", "default=nw=1", path]);
            var values = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => line.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
            return (values["codec_name"], int.Parse(values["sample_rate"], CultureInfo.InvariantCulture),
                double.TryParse(values.GetValueOrDefault("duration"), CultureInfo.InvariantCulture, out var d) ? d : 0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Decodes any file to mono s16 samples at <paramref name="rate"/> with ffmpeg.</summary>
    public static async Task<short[]> DecodeAsync(byte[] file, int rate)
    {
        var path = Path.Combine(Path.GetTempPath(), "decode-" + Guid.NewGuid().ToString("N"));
        var output = path + ".pcm";
        await File.WriteAllBytesAsync(path, file);
        try
        {
            await RunAsync("ffmpeg", ["-v", "error", "-nostdin", "-i", path, "-f", "s16le", "-ac", "1", "-ar", rate.ToString(CultureInfo.InvariantCulture), output]);
            return Pcm16.ToSamples(await File.ReadAllBytesAsync(output));
        }
        finally
        {
            File.Delete(path);
            File.Delete(output);
        }
    }

    /// <summary>A WAV file spoken by espeak-ng directly (reference samples for cloning).</summary>
    public static async Task<byte[]> EspeakWavAsync(string voice, int pitch, int speed, string text)
    {
        var path = Path.Combine(Path.GetTempPath(), "espeak-" + Guid.NewGuid().ToString("N") + ".wav");
        try
        {
            await RunAsync("espeak-ng", ["-w", path, "-v", voice, "-p", pitch.ToString(CultureInfo.InvariantCulture), "-s", speed.ToString(CultureInfo.InvariantCulture), text]);
            return await File.ReadAllBytesAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
