using System.Globalization;
using System.Text.Json;

namespace Audiobook.Tts.Tests.TestSupport;

/// <summary>What ffprobe says about an audio file.</summary>
internal sealed record AudioProbe(string FormatName, string CodecName, int SampleRate, int Channels, double DurationSeconds)
{
    /// <summary>Runs ffprobe on <paramref name="path"/>; <paramref name="rawPcmRate"/> describes headerless s16le input.</summary>
    public static async Task<AudioProbe> ProbeAsync(string path, int? rawPcmRate = null)
    {
        List<string> args = ["-v", "error", "-print_format", "json", "-show_format", "-show_streams"];
        if (rawPcmRate is { } rate)
        {
            args.AddRange(["-f", "s16le", "-ar", rate.ToString(CultureInfo.InvariantCulture), "-ch_layout", "mono"]);
        }

        args.Add(path);
        var json = await ToolRunner.RunCheckedAsync("ffprobe", args);
        using var document = JsonDocument.Parse(json);
        var stream = document.RootElement.GetProperty("streams")[0];
        var format = document.RootElement.GetProperty("format");
        var duration = format.TryGetProperty("duration", out var d) ? d.GetString() : stream.TryGetProperty("duration", out var sd) ? sd.GetString() : null;
        return new AudioProbe(
            format.GetProperty("format_name").GetString()!,
            stream.GetProperty("codec_name").GetString()!,
            int.Parse(stream.GetProperty("sample_rate").GetString()!, CultureInfo.InvariantCulture),
            stream.GetProperty("channels").GetInt32(),
            duration is null ? double.NaN : double.Parse(duration, CultureInfo.InvariantCulture));
    }
}
