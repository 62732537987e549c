using System.Diagnostics;

namespace Audiobook.Media.Tests.TestSupport;

/// <summary>Runs the real command-line tools (espeak-ng, ffmpeg, ffprobe) for test fixtures and checks.</summary>
internal static class Tools
{
    public static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed: {await stderr}");
        }

        return await stdout;
    }

    /// <summary>Packet sizes of the first audio stream (ffprobe), for constant-bit-rate checks.</summary>
    public static async Task<IReadOnlyList<int>> PacketSizesAsync(string path)
    {
        var text = await RunAsync("ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries", "packet=size", "-of", "csv=p=0", path);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s.TrimEnd(','), System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    /// <summary>Decodes any media file to mono s16le PCM at <paramref name="rate"/>.</summary>
    public static async Task<short[]> DecodeAsync(string path, int rate)
    {
        var pcm = path + $".{Guid.NewGuid():N}.decoded.pcm";
        try
        {
            await RunAsync("ffmpeg", "-nostdin", "-v", "error", "-i", path, "-map", "0:a", "-f", "s16le", "-ac", "1", "-ar", rate.ToString(System.Globalization.CultureInfo.InvariantCulture), "-y", pcm);
            return Signals.ReadPcm(pcm);
        }
        finally
        {
            File.Delete(pcm);
        }
    }
}
