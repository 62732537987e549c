using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Audiobook.EndToEnd.Tests;

/// <summary>Runs EPUBCheck (the Debian <c>epubcheck</c> package's jar; <c>scripts/install-deps.sh</c> installs it) on one
/// EPUB and reads its summary line. Each run starts a JVM, so a book is checked once.</summary>
internal static partial class EpubCheck
{
    private const string Jar = "/usr/share/java/epubcheck.jar";

    public static async Task<EpubCheckReport> RunAsync(string epub)
    {
        Assert.True(File.Exists(Jar), $"{Jar} is missing: run scripts/install-deps.sh (apt-get install epubcheck)");
        // A short-lived JVM: the serial collector and the first JIT tier start fastest.
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", Jar, epub })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout + await stderr;
        var summary = Summary().Match(output);
        Assert.True(summary.Success, "EPUBCheck printed no summary:\n" + output);
        return new EpubCheckReport(
            int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(summary.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(summary.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture),
            output);
    }

    [GeneratedRegex(@"Messages: (\d+) fatals? / (\d+) errors? / (\d+) warnings?")]
    private static partial Regex Summary();
}
