using System.Collections;
using System.Diagnostics;
using Audiobook.Cli.Tests.Commands;

namespace Audiobook.Cli.Tests.Hosting;

/// <summary>A bad configuration value stops every verb at start with one line naming the key and what is allowed.</summary>
public sealed class ConfigurationErrorTests
{
    [Theory]
    [InlineData("AUDIOBOOK__Encoder__MaxConcurrentProcesses", "999", "error: configuration: Encoder:MaxConcurrentProcesses must be between 1 and 64 (got 999)")]
    [InlineData("AUDIOBOOK__Rendering__Concurrency", "0", "error: configuration: Rendering:Concurrency must be between 1 and 64 (got 0)")]
    [InlineData("AUDIOBOOK__SessionPool__MaxIdle", "00:02:00", "error: configuration: SessionPool:MaxIdle must be between 00:00:01 and 00:00:59 (got 00:02:00)")]
    [InlineData("AUDIOBOOK__Retry__MaxRetries", "99", "error: configuration: Retry:MaxRetries must be between 0 and 20 (got 99)")]
    [InlineData("AUDIOBOOK__Tts__BaseUrl", "ftp://host/x", "error: configuration: Tts:BaseUrl must be an absolute ws://, wss://, http:// or https:// URL (got ftp://host/x)")]
    [InlineData("AUDIOBOOK__TtsServer__Port", "70000", "error: configuration: TtsServer:Port must be between 0 and 65535 (got 70000)")]
    [InlineData("AUDIOBOOK__Ingest__MaxParagraphChars", "5", "error: configuration: Ingest:MaxParagraphChars must be between 100 and 2147483647 (got 5)")]
    [InlineData("AUDIOBOOK__Rendering__Volume", "loud", "error: configuration: Rendering:Volume: loud is not a valid value for Int32")]
    [InlineData("DASHSCOPE_REGION", "mars", "error: configuration: Tts:Region: unknown region 'mars' (beijing, cn, cn-beijing, china, mainland; singapore, intl, international, ap-southeast-1)")]
    public async Task RunAsync_OutOfRangeVariable_OneLineNamingTheKeyAndExit2(string variable, string value, string expected)
    {
        var (code, output, error) = await CliRun.RunWithAsync(new Hashtable { [variable] = value }, "voices");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(expected + "\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task RunAsync_SeveralBadValues_AllOnOneLine()
    {
        var environment = new Hashtable { ["AUDIOBOOK__Encoder__MaxConcurrentProcesses"] = "0", ["AUDIOBOOK__Retry__MaxRetries"] = "-1" };

        var (code, _, error) = await CliRun.RunWithAsync(environment, "voices");

        Assert.Equal(2, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Encoder:MaxConcurrentProcesses", error, StringComparison.Ordinal);
        Assert.Contains("Retry:MaxRetries", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MalformedAppSettings_OneLineAndExit2()
    {
        var folder = Directory.CreateTempSubdirectory("cli-config-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "appsettings.json"), "{ \"Rendering\": ");

            var (code, _, error) = await CliRun.RunWithAsync(new Hashtable { ["AUDIOBOOK_CONFIG"] = folder }, "voices");

            Assert.Equal(2, code);
            Assert.StartsWith("error: configuration: ", error, StringComparison.Ordinal);
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Process_OutOfRangeVariable_StopsAtStartWithOneLine()
    {
        // The real program, started as a process with the variable in its environment.
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "audiobook.dll"), "inspect", CliRun.Sample("chinese.md")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["AUDIOBOOK__Encoder__MaxConcurrentProcesses"] = "999";
        start.Environment.Remove("DASHSCOPE_API_KEY");

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Equal(string.Empty, await stdout);
        Assert.Equal("error: configuration: Encoder:MaxConcurrentProcesses must be between 1 and 64 (got 999)\n", stderr.ReplaceLineEndings("\n"));
    }
}
