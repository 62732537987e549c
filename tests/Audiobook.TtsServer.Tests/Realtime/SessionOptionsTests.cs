using System.Net.WebSockets;
using Audiobook.TtsServer.Tests.TestSupport;

namespace Audiobook.TtsServer.Tests.Realtime;

/// <summary>The switches for inferred behaviour (docs/tts-server.md) change what the session does.</summary>
public sealed class SessionOptionsTests
{
    [Fact]
    public async Task CloseAfterFinishOff_ConnectionReusedForASecondSession()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { CloseAfterFinish = false });
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");

        for (var round = 0; round < 2; round++)
        {
            await client.UpdateSessionAsync(new { voice = round == 0 ? "Cherry" : "Ethan", mode = "commit" });
            Assert.Equal("session.updated", (await client.NextAsync()).Type());
            await client.AppendAsync($"Round {round}.");
            await client.CommitAsync();
            await client.FinishAsync();
            var events = await client.ReceiveUntilAsync("session.finished");
            Assert.Equal(round == 0 ? "Cherry" : "Ethan", events.Single("response.done")["response"]!["voice"]!.GetValue<string>());
        }

        Assert.Equal(WebSocketState.Open, client.State);
    }

    [Fact]
    public async Task VoiceErrorTimingOnResponse_UpdateAcceptedFirstResponseFails1007()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { VoiceErrorTiming = VoiceErrorTiming.OnResponse });
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Nobody", mode = "commit" });
        Assert.Equal("session.updated", (await client.NextAsync()).Type());
        await client.AppendAsync("Hello.");
        await client.CommitAsync();

        var events = await client.ReceiveUntilClosedAsync();

        Assert.Equal(["input_text_buffer.committed", "error"], events.Types().ToList());
        Assert.Equal("The requested voice 'Nobody' is not supported.", events[^1].ErrorMessage());
        Assert.Equal(WebSocketCloseStatus.InvalidPayloadData, client.CloseStatus);
    }

    [Fact]
    public async Task ServerCommitMode_ExplicitCommit_FlushesPartialSentenceWithCommitted()
    {
        await using var server = await TestServers.StartAsync();
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.AppendAsync("No terminator yet");
        await client.CommitAsync();

        var events = await client.ReceiveUntilAsync("response.done");

        Assert.Equal("input_text_buffer.committed", events[0].Type());
        Assert.Equal(17, events.Single("response.done")["response"]!["usage"]!["characters"]!.GetValue<int>());
        await client.CommitAsync();
        Assert.Equal("input_text_buffer.committed", (await client.NextAsync()).Type());
    }

    [Fact]
    public async Task MaxConcurrentSynthesesOne_ParallelSessionsAllComplete()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { MaxConcurrentSyntheses = 1 });

        var sessions = await Task.WhenAll(Enumerable.Range(0, 3).Select(i =>
            TestServers.SynthesizeAsync(server, new { voice = "Cherry", mode = "commit" }, $"Parallel session {i}.")));

        Assert.All(sessions, events => Assert.Equal("session.finished", events[^1].Type()));
        Assert.Equal(3, server.Statistics.ResponsesCompleted);
    }

    [Fact]
    public async Task DisposeServer_WithOpenSessionMidResponse_KillsProcessesAndClosesConnections()
    {
        var server = await TestServers.StartAsync();
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "commit", response_format = "opus" });
        await client.ReceiveUntilAsync("session.updated");
        await client.AppendAsync(string.Concat(Enumerable.Repeat("Keep the encoder busy for a long while. ", 300)));
        await client.CommitAsync();
        await client.ReceiveUntilAsync("response.audio.delta");
        var runningBefore = server.Statistics.ProcessesRunning;

        await server.DisposeAsync();

        Assert.Equal(2, runningBefore);
        Assert.Equal(0, server.Statistics.ProcessesRunning);
        Assert.Equal(0, server.Statistics.ActiveConnections);
    }
}
