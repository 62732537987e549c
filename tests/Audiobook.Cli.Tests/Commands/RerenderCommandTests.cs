namespace Audiobook.Cli.Tests.Commands;

/// <summary><c>rerender</c>: only a finished render's chapters are rendered again; the refusals are one line.</summary>
public sealed class RerenderCommandTests(ServiceDatabase service) : IClassFixture<ServiceDatabase>
{
    [Fact]
    public async Task Rerender_UnfinishedRender_OneLineRefusal()
    {
        await service.AddPublisherAsync("rerender");
        var id = await service.SubmitAsync("rerender", CliRun.Sample("chinese.md"));

        var (code, output, error) = await service.RunAsync("rerender", id.ToString(), "--chapters", "1,3");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"error: render {id} is still queued: wait for it to finish or cancel it first\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Rerender_WithoutChapters_OneLineParseError()
    {
        var (code, _, error) = await service.RunAsync("rerender", "0123456789abcdef");

        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains("--chapters", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
