using System.Diagnostics;
using Audiobook.Media.Encoding;

namespace Audiobook.Media.Ffmpeg;

/// <summary>Runs a short tool (ffprobe) with an argument list (no quoting involved) and returns its standard
/// output. Cancelling kills the process and waits for it to end.</summary>
internal static class ToolProcess
{
    public static async Task<string> RunAsync(string fileName, IReadOnlyList<string> arguments, string what, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new MediaEncodingException($"{Path.GetFileName(fileName)} could not be started ({what}): {e.Message}", e);
        }

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        var output = await stdout.ConfigureAwait(false);
        var error = await stderr.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            var lines = error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var last = lines.LastOrDefault()?.Trim() ?? "no output";
            throw new MediaEncodingException(
                $"{Path.GetFileName(fileName)} failed {what} (exit code {process.ExitCode}): {last}",
                string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 25))),
                process.ExitCode);
        }

        return output;
    }
}
