using System.Text.Json;

namespace Audiobook.Cli.Tests.Commands;

/// <summary><c>cancel</c>: a waiting render is cancelled once; a finished one is refused in one line.</summary>
public sealed class CancelCommandTests(ServiceDatabase service) : IClassFixture<ServiceDatabase>
{
    [Fact]
    public async Task Cancel_QueuedRender_StatusShowsItCancelled()
    {
        await service.AddPublisherAsync("cancel");
        var id = await service.SubmitAsync("cancel", CliRun.Sample("chinese.md"));

        var (code, output, error) = await service.RunAsync("cancel", id.ToString("N")[..16]);
        var (_, status, _) = await service.RunAsync("status", id.ToString(), "--json");

        Assert.True(code == 0, error);
        Assert.Equal($"cancelled render {id}\n", output.ReplaceLineEndings("\n"));
        var json = JsonDocument.Parse(status).RootElement;
        Assert.Equal("cancelled", json.GetProperty("render").GetProperty("state").GetString());
        Assert.Contains(json.GetProperty("events").EnumerateArray(), e => e.GetProperty("kind").GetString() == "render.cancelled" && e.GetProperty("message").GetString() == "by cli");
    }

    [Fact]
    public async Task Cancel_AlreadyCancelled_OneLineAndExit2()
    {
        await service.AddPublisherAsync("cancel-twice");
        var id = await service.SubmitAsync("cancel-twice", CliRun.Sample("chinese.md"));
        Assert.Equal(0, (await service.RunAsync("cancel", id.ToString(), "--json")).Code);

        var (code, output, error) = await service.RunAsync("cancel", id.ToString());

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"error: render {id} is already cancelled: nothing to cancel\n", error.ReplaceLineEndings("\n"));
    }
}
