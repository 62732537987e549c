using System.Net.WebSockets;
using Audiobook.TtsServer.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Audiobook.TtsServer.Tests.Realtime;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task ThrottleEveryNthConnection_EverySecondHandshakeGets429()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { Faults = new FaultInjectionOptions { ThrottleEveryNthConnection = 2 } });

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add(await RealtimeTestClient.TryConnectAsync(server));
        }

        Assert.Equal([101, 429, 101, 429], statuses);
        Assert.Equal(2, server.Statistics.FaultsInjected);
    }

    [Fact]
    public async Task ThrottleProbabilityOne_EveryHandshakeGets429()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { Faults = new FaultInjectionOptions { ThrottleProbability = 1, Seed = 7 } });

        Assert.Equal(429, await RealtimeTestClient.TryConnectAsync(server));
        Assert.Equal(429, await RealtimeTestClient.TryConnectAsync(server));
    }

    [Fact]
    public async Task SeededProbabilities_SameSeed_SameFaultSequence()
    {
        static async Task<List<int>> RunAsync()
        {
            await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { Faults = new FaultInjectionOptions { ThrottleProbability = 0.5, Seed = 42 } });
            var statuses = new List<int>();
            for (var i = 0; i < 8; i++)
            {
                statuses.Add(await RealtimeTestClient.TryConnectAsync(server));
            }

            return statuses;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains(429, first);
        Assert.Contains(101, first);
    }

    [Fact]
    public async Task DropEveryNthResponse_SecondResponseAbortedWithoutCloseFrame()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { Faults = new FaultInjectionOptions { DropEveryNthResponse = 2 } });
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "commit" });
        await client.ReceiveUntilAsync("session.updated");

        // One response at a time: an abort is a TCP reset, which may discard whatever the client has not read yet,
        // so the first response is read to its end before the second is asked for.
        await client.AppendAsync("First sentence here.");
        await client.CommitAsync();
        var first = await client.ReceiveUntilAsync("response.done");

        await client.AppendAsync("Second sentence here.");
        await client.CommitAsync();
        var second = new List<System.Text.Json.Nodes.JsonObject>();
        var exception = await Record.ExceptionAsync(async () =>
        {
            while (await client.ReceiveAsync() is { } e)
            {
                second.Add(e);
            }
        });

        Assert.Equal("completed", first[^1]["response"]?["status"]?.GetValue<string>());
        Assert.IsType<WebSocketException>(exception);
        Assert.DoesNotContain(second, e => e.Type() is "response.done" or "error");
        Assert.Equal(1, server.Statistics.FaultsInjected);
        Assert.Equal(1, server.Statistics.ResponsesCompleted);
    }

    [Fact]
    public async Task DropConnectionProbabilityOne_FirstResponseDropped()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { Faults = new FaultInjectionOptions { DropConnectionProbability = 1, Seed = 1 } });
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.AppendAsync("Hello there. ");

        var exception = await Record.ExceptionAsync(() => client.ReceiveUntilClosedAsync());

        Assert.IsType<WebSocketException>(exception);
    }

    [Theory]
    [InlineData("InternalError", "An internal error has occured, try again later or contact service support.")]
    [InlineData("ModelServingError", "Too many requests. Your requests are being throttled due to system capacity limits. Please try again later.")]
    public async Task ErrorEveryNthResponse_ErrorEventAfterFirstDeltaThenClose1011(string code, string message)
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { Faults = new FaultInjectionOptions { ErrorEveryNthResponse = 1, ErrorCode = code } });
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.AppendAsync("Hello there. ");

        var events = await client.ReceiveUntilClosedAsync();

        Assert.Equal(["response.created", "response.output_item.added", "response.content_part.added", "response.audio.delta", "error"], events.Types().ToList());
        Assert.Equal(code, events[^1].ErrorCode());
        Assert.Equal(message, events[^1].ErrorMessage());
        Assert.Equal(WebSocketCloseStatus.InternalServerError, client.CloseStatus);
        Assert.Equal(1, server.Statistics.ResponsesFailed);
    }

    [Fact]
    public async Task ErrorEventProbabilityOne_ErrorEvent()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { Faults = new FaultInjectionOptions { ErrorEventProbability = 1, Seed = 3 } });
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.AppendAsync("Hello there. ");

        var events = await client.ReceiveUntilClosedAsync();

        Assert.Equal("InternalError", events[^1].ErrorCode());
    }

    [Fact]
    public async Task AddedLatency_FirstDeltaWaitsForTheServerClock()
    {
        var time = new FakeTimeProvider();
        var latency = TimeSpan.FromMinutes(5);
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { Faults = new FaultInjectionOptions { AddedLatency = latency } }, time);
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.AppendAsync("Hello there. ");
        await client.ReceiveUntilAsync("response.content_part.added");
        await Wait.UntilAsync(() => server.Statistics.FaultsInjected == 1);

        time.Advance(latency - TimeSpan.FromMilliseconds(1));
        var synthesizedEarly = server.Statistics.ProcessesStarted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        var events = await client.ReceiveUntilAsync("response.audio.delta");

        Assert.Equal(0, synthesizedEarly);
        Assert.Equal(["response.audio.delta"], events.Types());
        Assert.Equal(1, server.Statistics.ProcessesStarted);
    }
}
