using System.Diagnostics;
using System.Security.Cryptography;

namespace Audiobook.Jobs.Tests.TestSupport;

/// <summary>Compares deliverables by their decoded audio (ffmpeg), not their container bytes.</summary>
internal static class Audio
{
    public static async Task<string> DecodedSha256Async(string path)
    {
        var start = new ProcessStartInfo("ffmpeg", ["-nostdin", "-v", "error", "-i", path, "-map", "0:a", "-f", "s16le", "-"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var hash = await SHA256.HashDataAsync(process.StandardOutput.BaseStream);
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"ffmpeg could not decode {path}: {await error}");
        return Convert.ToHexStringLower(hash);
    }
}
