using System.Net.WebSockets;
using Audiobook.TtsServer.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Audiobook.TtsServer.Tests.Realtime;

/// <summary>The idle cut (docs/qwen-tts-protocol.md §1.4) on a fake clock: the test moves the server's time, so nothing waits for real.</summary>
public sealed class IdleTimeoutTests
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    [Fact]
    public async Task Connection_NoTaskWithinIdleTimeout_Closed1000()
    {
        var time = new FakeTimeProvider();
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { IdleTimeout = IdleTimeout }, time);
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");

        time.Advance(IdleTimeout - Tick);
        await client.SendAsync(new { type = "input_text_buffer.clear" });
        var beforeTimeout = await client.NextAsync();
        time.Advance(Tick);
        var events = await client.ReceiveUntilClosedAsync();

        Assert.Equal("input_text_buffer.cleared", beforeTimeout.Type());
        Assert.Empty(events);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.CloseStatus);
        Assert.Equal("idle timeout", client.CloseDescription);
    }

    [Fact]
    public async Task Connection_IdleAfterLastResponse_ClosedAndAppendsAloneDoNotCountAsTasks()
    {
        var time = new FakeTimeProvider();
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { IdleTimeout = IdleTimeout }, time);
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "server_commit" });
        await client.ReceiveUntilAsync("session.updated");
        await client.AppendAsync("One sentence. ");
        await client.ReceiveUntilAsync("response.done");

        // An empty commit is acknowledged through the response queue, so its ack proves the response's bookkeeping is done.
        await client.CommitAsync();
        await client.ReceiveUntilAsync("input_text_buffer.committed");
        time.Advance(IdleTimeout * 2 / 3);
        await client.AppendAsync("Buffered but never committed");
        await client.SendAsync(new { type = "input_text_buffer.clear" });
        await client.ReceiveUntilAsync("input_text_buffer.cleared");
        time.Advance(IdleTimeout / 3);
        var events = await client.ReceiveUntilClosedAsync();

        Assert.Empty(events);
        Assert.Equal("idle timeout", client.CloseDescription);
    }

    [Fact]
    public async Task Connection_LongResponseLongerThanIdleTimeout_NotClosedWhileBusy()
    {
        var time = new FakeTimeProvider();
        await using var server = await TestServers.StartAsync(
            new LocalTtsServerOptions { IdleTimeout = IdleTimeout, Faults = new FaultInjectionOptions { AddedLatency = IdleTimeout * 3 } },
            time);
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "commit" });
        await client.ReceiveUntilAsync("session.updated");
        await client.AppendAsync("Slow to start.");
        await client.CommitAsync();
        await client.ReceiveUntilAsync("response.content_part.added");
        await Wait.UntilAsync(() => server.Statistics.FaultsInjected == 1);

        time.Advance(IdleTimeout * 3);
        var events = await client.ReceiveUntilAsync("response.done");

        Assert.Equal("completed", events.Single("response.done")["response"]!["status"]!.GetValue<string>());
        Assert.Equal(WebSocketState.Open, client.State);
    }
}
