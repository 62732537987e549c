using Audiobook.Media.Ffmpeg;

namespace Audiobook.Media.Tests.Encoding;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Join_AwkwardArguments_ReachTheProcessUnchanged()
    {
        string[] arguments = ["plain", "with space", "quote\"inside", "trailing\\", "back\\\\slash\"q", "", "日本語 'x'", "title=Album cover"];
        var start = new System.Diagnostics.ProcessStartInfo("printf", CommandLine.Join(["%s|", .. arguments])) { RedirectStandardOutput = true };

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(string.Concat(arguments.Select(a => a + "|")), output);
    }

    [Fact]
    public void ConcatList_QuoteInPath_IsEscaped()
    {
        var text = Media.Encoding.EncodeCommands.ConcatList(["/tmp/it's.m4a"]);

        Assert.Equal("ffconcat version 1.0\nfile '/tmp/it'\\''s.m4a'\n", text);
    }
}
