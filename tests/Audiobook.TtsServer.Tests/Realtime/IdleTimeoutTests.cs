using System.Net.WebSockets;
using Audiobook.TtsServer.Tests.TestSupport;

namespace Audiobook.TtsServer.Tests.Realtime;

public sealed class IdleTimeoutTests
{
    [Fact]
    public async Task Connection_NoTaskWithinIdleTimeout_Closed1000()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { IdleTimeout = TimeSpan.FromMilliseconds(400) });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var client = await RealtimeTestClient.ConnectAsync(server);

        var events = await client.ReceiveUntilClosedAsync();

        Assert.Equal(["session.created"], events.Types().ToList());
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.CloseStatus);
        Assert.Equal("idle timeout", client.CloseDescription);
        Assert.InRange(clock.Elapsed.TotalMilliseconds, 400, 10_000);
    }

    [Fact]
    public async Task Connection_IdleAfterLastResponse_ClosedAndAppendsAloneDoNotCountAsTasks()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { IdleTimeout = TimeSpan.FromMilliseconds(600) });
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "commit" });
        await client.ReceiveUntilAsync("session.updated");
        await client.AppendAsync("One sentence.");
        await client.CommitAsync();
        await client.ReceiveUntilAsync("response.done");
        await client.AppendAsync("Buffered but never committed.");

        var events = await client.ReceiveUntilClosedAsync();

        Assert.Empty(events);
        Assert.Equal("idle timeout", client.CloseDescription);
    }

    [Fact]
    public async Task Connection_LongResponseLongerThanIdleTimeout_NotClosedWhileBusy()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions
        {
            IdleTimeout = TimeSpan.FromMilliseconds(300),
            Faults = new FaultInjectionOptions { AddedLatency = TimeSpan.FromMilliseconds(900) },
        });
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "commit" });
        await client.ReceiveUntilAsync("session.updated");
        await client.AppendAsync("Slow to start.");
        await client.CommitAsync();

        var events = await client.ReceiveUntilAsync("response.done");

        Assert.Equal("completed", events.Single("response.done")["response"]!["status"]!.GetValue<string>());
    }
}
