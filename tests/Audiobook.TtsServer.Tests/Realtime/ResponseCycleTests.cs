using Audiobook.TtsServer.Tests.TestSupport;

namespace Audiobook.TtsServer.Tests.Realtime;

public sealed class ResponseCycleTests : IAsyncLifetime
{
    private static readonly string[] Cycle =
    [
        "response.created", "response.output_item.added", "response.content_part.added", "response.audio.delta",
        "response.audio.done", "response.content_part.done", "response.output_item.done", "response.done",
    ];

    private LocalTtsServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServers.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task CommitMode_OneCommit_SendsDocumentedEventsInOrderThenCloses1000()
    {
        await using var client = await RealtimeTestClient.ConnectAsync(_server);
        var created = await client.NextAsync();
        Assert.Equal("session.created", created.Type());
        var session = created["session"]!;
        Assert.Matches("^sess_[A-Za-z0-9]{21}$", session["id"]!.GetValue<string>());
        Assert.Equal("realtime.session", session["object"]!.GetValue<string>());
        Assert.Equal("server_commit", session["mode"]!.GetValue<string>());
        Assert.Equal("Cherry", session["voice"]!.GetValue<string>());
        Assert.Equal("pcm", session["response_format"]!.GetValue<string>());
        Assert.Equal(24000, session["sample_rate"]!.GetValue<int>());
        Assert.Equal("qwen3-tts-flash-realtime", session["model"]!.GetValue<string>());

        await client.UpdateSessionAsync(new { voice = "Ethan", mode = "commit", language_type = "English" });
        var updated = await client.NextAsync();
        Assert.Equal("session.updated", updated.Type());
        Assert.Equal("Ethan", updated["session"]!["voice"]!.GetValue<string>());
        Assert.Equal("commit", updated["session"]!["mode"]!.GetValue<string>());
        Assert.Equal("English", updated["session"]!["language_type"]!.GetValue<string>());

        await client.AppendAsync("Hello world. This is a test.");
        await client.CommitAsync();
        await client.FinishAsync();
        var events = await client.ReceiveUntilClosedAsync();

        var types = events.Types().ToList();
        Assert.Equal("input_text_buffer.committed", types[0]);
        Assert.Equal("", events[0]["item_id"]!.GetValue<string>());
        Assert.Equal(Cycle, Collapse(types.Skip(1).Take(types.Count - 2)));
        Assert.Equal("session.finished", types[^1]);
        Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, client.CloseStatus);
        Assert.All(events, e => Assert.Matches("^event_[A-Za-z0-9]{21}$", e["event_id"]!.GetValue<string>()));

        var done = events.Single("response.done")["response"]!;
        Assert.Equal("completed", done["status"]!.GetValue<string>());
        Assert.Equal(28, done["usage"]!["characters"]!.GetValue<int>());
        Assert.Matches("^resp_[A-Za-z0-9]{21}$", done["id"]!.GetValue<string>());
        Assert.Equal("audio", done["output"]![0]!["content"]![0]!["type"]!.GetValue<string>());
        Assert.True(events.Audio().Length > 24000, "expected more than 0.5 s of 24 kHz PCM");
    }

    [Fact]
    public async Task ServerCommitMode_SentencesAndFinish_OneResponsePerSentenceAndTailFlushed()
    {
        await using var client = await RealtimeTestClient.ConnectAsync(_server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "server_commit" });
        await client.ReceiveUntilAsync("session.updated");

        await client.AppendAsync("你好。今天");
        await client.AppendAsync("天气很好！Pi is 3.14 and");
        await client.AppendAsync(" rising");
        await client.FinishAsync();
        var events = await client.ReceiveUntilClosedAsync();

        var types = events.Types().ToList();
        Assert.DoesNotContain("input_text_buffer.committed", types);
        Assert.Equal([.. Cycle, .. Cycle, .. Cycle, "session.finished"], Collapse(types));
        var usages = events.Where(e => e.Type() == "response.done").Select(e => e["response"]!["usage"]!["characters"]!.GetValue<int>()).ToList();
        // "你好。" = 2+2+1, "今天天气很好！" = 6*2+1, "Pi is 3.14 and rising" = 21.
        Assert.Equal([5, 13, 21], usages);
    }

    [Fact]
    public async Task CommitMode_CommitsWhileStreaming_AreQueuedAndNeverInterleaved()
    {
        await using var client = await RealtimeTestClient.ConnectAsync(_server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Serena", mode = "commit" });
        await client.ReceiveUntilAsync("session.updated");

        for (var i = 0; i < 3; i++)
        {
            await client.AppendAsync($"This is sentence number {i}, long enough to take a moment to stream out completely.");
            await client.CommitAsync();
        }

        await client.FinishAsync();
        var events = await client.ReceiveUntilClosedAsync();

        var types = events.Types().ToList();
        Assert.Equal(
            [.. (string[])["input_text_buffer.committed", .. Cycle], .. (string[])["input_text_buffer.committed", .. Cycle],
                .. (string[])["input_text_buffer.committed", .. Cycle], "session.finished"],
            Collapse(types));
        var responseIds = events.Where(e => e["response_id"] is not null).Select(e => e["response_id"]!.GetValue<string>()).ToList();
        var blocks = responseIds.Zip(responseIds.Skip(1)).Count(pair => pair.First != pair.Second);
        Assert.Equal(2, blocks);
    }

    /// <summary>Collapses runs of audio deltas into one, so the cycle compares independent of the delta count.</summary>
    private static List<string> Collapse(IEnumerable<string> types)
    {
        var result = new List<string>();
        foreach (var type in types)
        {
            if (type == "response.audio.delta" && result.Count > 0 && result[^1] == type)
            {
                continue;
            }

            result.Add(type);
        }

        return result;
    }
}
