using System.Text.Json;

namespace Audiobook.Cli.Tests.Commands;

/// <summary><c>nightly run-now</c>: starts the waiting nightly renders in this process and says which.</summary>
public sealed class NightlyCommandTests(ServiceDatabase service) : IClassFixture<ServiceDatabase>
{
    [Fact]
    public async Task RunNow_ScheduledRender_StartsItAndPrintsIt()
    {
        await service.AddPublisherAsync("nightly");
        var id = await service.SubmitAsync("nightly", CliRun.Sample("chinese.md"), "--nightly");
        var now = await service.SubmitAsync("nightly", CliRun.Sample("chinese.md"));

        var (code, output, error) = await service.RunAsync("nightly", "run-now", "--json");
        var (_, again, againError) = await service.RunAsync("nightly", "run-now");
        var (_, status, _) = await service.RunAsync("status", id.ToString(), "--json");

        Assert.True(code == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal([id], json.GetProperty("started").EnumerateArray().Select(e => e.GetGuid()));
        Assert.Equal(0, json.GetProperty("waiting").GetInt32());
        Assert.NotEqual(id, now);
        Assert.Equal("queued", JsonDocument.Parse(status).RootElement.GetProperty("render").GetProperty("state").GetString());
        // Nothing is left to start: the second run starts nothing and says so.
        Assert.Equal(string.Empty, again);
        Assert.Contains("renders started 0, waiting for a later night 0", againError, StringComparison.Ordinal);
    }
}
