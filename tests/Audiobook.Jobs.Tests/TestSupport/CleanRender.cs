using System.Diagnostics;

namespace Audiobook.Jobs.Tests.TestSupport;

/// <summary>Renders a book with the local <c>audiobook render</c> (a process, its own embedded engine, an empty cache):
/// the reference the service's output must equal.</summary>
internal static class CleanRender
{
    public static async Task<string> RunAsync(byte[] book, string fileName, string voice, string scratch)
    {
        var folder = Path.Combine(scratch, "clean-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        await File.WriteAllBytesAsync(path, book);
        var start = new ProcessStartInfo(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "audiobook.dll"), "render", path, "--out", Path.Combine(folder, "out"), "--voice", voice, "--cache", Path.Combine(folder, "cache"), "--quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("DASHSCOPE_API_KEY");
        start.Environment["AUDIOBOOK_ENGINE_DATA"] = Path.Combine(folder, "engine");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"local render failed ({process.ExitCode}): {error}");
        _ = await output;
        return Path.Combine(folder, "out");
    }
}
