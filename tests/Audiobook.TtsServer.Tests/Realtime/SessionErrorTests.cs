using System.Net.WebSockets;
using Audiobook.TtsServer.Tests.TestSupport;

namespace Audiobook.TtsServer.Tests.Realtime;

public sealed class SessionErrorTests : IAsyncLifetime
{
    private LocalTtsServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServers.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("qwen3-tts-flash-realtime", "Nobody")]
    [InlineData("qwen3-tts-flash-realtime", "cherry")]
    [InlineData("qwen3-tts-flash-realtime-2025-09-18", "Momo")]
    [InlineData("qwen-tts-realtime", "Kiki")]
    [InlineData("qwen3-tts-vc-realtime-2026-01-15", "Cherry")]
    public async Task SessionUpdate_VoiceNotInModel_InvalidValueThenClose1007(string model, string voice)
    {
        await using var client = await RealtimeTestClient.ConnectAsync(_server, model);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice });
        var events = await client.ReceiveUntilClosedAsync();

        var error = Assert.Single(events);
        Assert.Equal("error", error.Type());
        Assert.Equal("invalid_value", error.ErrorCode());
        Assert.Equal($"The requested voice '{voice}' is not supported.", error.ErrorMessage());
        Assert.Equal(WebSocketCloseStatus.InvalidPayloadData, client.CloseStatus);
    }

    [Theory]
    [InlineData("qwen3-tts-flash-realtime", """{"voice":"Cherry","sample_rate":22050}""", "session.sample_rate")]
    [InlineData("qwen3-tts-flash-realtime", """{"voice":"Cherry","speech_rate":2.5}""", "session.speech_rate")]
    [InlineData("qwen3-tts-flash-realtime", """{"voice":"Cherry","pitch_rate":0.4}""", "session.pitch_rate")]
    [InlineData("qwen3-tts-flash-realtime", """{"voice":"Cherry","volume":101}""", "session.volume")]
    [InlineData("qwen3-tts-flash-realtime", """{"voice":"Cherry","bit_rate":5}""", "session.bit_rate")]
    [InlineData("qwen3-tts-flash-realtime", """{"voice":"Cherry","mode":"auto"}""", "session.mode")]
    [InlineData("qwen3-tts-flash-realtime", """{"voice":"Cherry","language_type":"Klingon"}""", "session.language_type")]
    [InlineData("qwen3-tts-flash-realtime", """{"voice":"Cherry","response_format":"flac"}""", "session.response_format")]
    [InlineData("qwen3-tts-flash-realtime", """{"voice":"Cherry","instructions":"speak slowly"}""", "session.instructions")]
    [InlineData("qwen-tts-realtime", """{"voice":"Cherry","response_format":"mp3"}""", "session.response_format")]
    [InlineData("qwen-tts-realtime", """{"voice":"Cherry","sample_rate":16000}""", "session.sample_rate")]
    [InlineData("qwen-tts-realtime", """{"voice":"Cherry","speech_rate":1.5}""", "session.speech_rate")]
    public async Task SessionUpdate_InvalidValue_ErrorWithParamThenClose1007(string model, string session, string param)
    {
        await using var client = await RealtimeTestClient.ConnectAsync(_server, model);
        await client.ReceiveUntilAsync("session.created");
        await client.SendRawAsync($$"""{"event_id":"event_bad","type":"session.update","session":{{session}}}""");
        var events = await client.ReceiveUntilClosedAsync();

        var error = Assert.Single(events);
        Assert.Equal("invalid_value", error.ErrorCode());
        Assert.Equal(param, error["error"]!["param"]!.GetValue<string>());
        Assert.Equal("event_bad", error["error"]!["event_id"]!.GetValue<string>());
        Assert.Equal(WebSocketCloseStatus.InvalidPayloadData, client.CloseStatus);
    }

    [Fact]
    public async Task SessionUpdate_AfterSynthesisStarted_DocumentedErrorThenClose1007()
    {
        await using var client = await RealtimeTestClient.ConnectAsync(_server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "commit" });
        await client.ReceiveUntilAsync("session.updated");
        await client.AppendAsync("First sentence.");
        await client.CommitAsync();
        await client.ReceiveUntilAsync("response.done");
        await client.UpdateSessionAsync(new { voice = "Ethan" });
        var events = await client.ReceiveUntilClosedAsync();

        var error = events.Single("error");
        Assert.Equal("invalid_value", error.ErrorCode());
        Assert.Equal("Session update error: session already started or finished or failed.", error.ErrorMessage());
        Assert.Equal(WebSocketCloseStatus.InvalidPayloadData, client.CloseStatus);
    }

    [Fact]
    public async Task Commit_EmptyBuffer_ErrorAndConnectionStaysUsable()
    {
        await using var client = await RealtimeTestClient.ConnectAsync(_server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "commit" });
        await client.ReceiveUntilAsync("session.updated");
        await client.CommitAsync();
        var error = await client.NextAsync();
        Assert.Equal("invalid_value", error.ErrorCode());
        Assert.Equal("Input text buffer is empty.", error.ErrorMessage());

        await client.AppendAsync("Now there is text.");
        await client.CommitAsync();
        var events = await client.ReceiveUntilAsync("response.done");
        Assert.Equal("input_text_buffer.committed", events[0].Type());
    }

    [Fact]
    public async Task Commit_EmptyBufferWithCloseOnEmptyCommit_ErrorThenClose1007()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { CloseOnEmptyCommit = true });
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "commit" });
        await client.ReceiveUntilAsync("session.updated");
        await client.CommitAsync();
        var events = await client.ReceiveUntilClosedAsync();

        Assert.Equal("Input text buffer is empty.", events.Single("error").ErrorMessage());
        Assert.Equal(WebSocketCloseStatus.InvalidPayloadData, client.CloseStatus);
    }

    [Fact]
    public async Task MalformedFrames_ErrorEventsAndConnectionStaysUsable()
    {
        await using var client = await RealtimeTestClient.ConnectAsync(_server);
        await client.ReceiveUntilAsync("session.created");

        await client.SendRawAsync("{not json");
        Assert.Equal("invalid_value", (await client.NextAsync()).ErrorCode());
        await client.SendBytesAsync([1, 2, 3], WebSocketMessageType.Binary);
        Assert.Contains("Binary", (await client.NextAsync()).ErrorMessage(), StringComparison.Ordinal);
        await client.SendRawAsync("""{"event_id":"event_x","type":"response.create"}""");
        Assert.Equal("Unsupported event type 'response.create'.", (await client.NextAsync()).ErrorMessage());
        await client.SendRawAsync("""{"event_id":"event_y","type":"input_text_buffer.append","text":42}""");
        Assert.Equal("error", (await client.NextAsync()).Type());
        await client.SendRawAsync("[1,2]");
        Assert.Equal("error", (await client.NextAsync()).Type());
        await client.SendRawAsync("""{"event_id":5,"type":"input_text_buffer.append","text":"a"}""");
        Assert.Equal("error", (await client.NextAsync()).Type());
        await client.SendRawAsync(new string('[', 100) + new string(']', 100));
        Assert.Equal("error", (await client.NextAsync()).Type());
        await client.SendRawAsync("""{"event_id":"event_n","type":"session.update","session":null}""");
        Assert.Equal("session.updated", (await client.NextAsync()).Type());

        await client.UpdateSessionAsync(new { voice = "Cherry" });
        Assert.Equal("session.updated", (await client.NextAsync()).Type());
    }

    [Fact]
    public async Task Append_BeyondBufferCap_RefusedWithErrorBufferKept()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { MaxInputTextBufferCharacters = 1000 });
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "commit" });
        await client.ReceiveUntilAsync("session.updated");
        await client.AppendAsync("Kept text.");
        await client.AppendAsync(new string('a', 1000));
        var error = await client.NextAsync();
        Assert.Equal("text", error["error"]!["param"]!.GetValue<string>());

        await client.CommitAsync();
        var done = (await client.ReceiveUntilAsync("response.done")).Single("response.done");
        Assert.Equal(10, done["response"]!["usage"]!["characters"]!.GetValue<int>());
    }

    [Fact]
    public async Task Append_HundredThousandCharacters_AcceptedAtDefaultCapAndOneMoreRefused()
    {
        await using var client = await RealtimeTestClient.ConnectAsync(_server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "commit" });
        await client.ReceiveUntilAsync("session.updated");
        await client.AppendAsync(new string('x', 100_000));
        await client.AppendAsync("y");
        Assert.Equal("text", (await client.NextAsync())["error"]!["param"]!.GetValue<string>());
        await client.SendAsync(new { event_id = "event_clear", type = "input_text_buffer.clear" });
        Assert.Equal("input_text_buffer.cleared", (await client.NextAsync()).Type());
    }

    [Fact]
    public async Task ResponseCancel_DuringLongResponse_ResponseDoneCancelledAndSessionContinues()
    {
        await using var client = await RealtimeTestClient.ConnectAsync(_server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "commit" });
        await client.ReceiveUntilAsync("session.updated");
        await client.AppendAsync(string.Concat(Enumerable.Repeat("A fairly long sentence that keeps the synthesizer busy for a while. ", 200)));
        await client.CommitAsync();
        await client.ReceiveUntilAsync("response.audio.delta");
        await client.SendAsync(new { event_id = "event_cancel", type = "response.cancel" });
        var events = await client.ReceiveUntilAsync("response.done");
        var done = events.Single("response.done")["response"]!;
        Assert.Equal("cancelled", done["status"]!.GetValue<string>());
        Assert.Equal(["response.audio.done", "response.content_part.done", "response.output_item.done", "response.done"],
            events.Types().Where(t => t != "response.audio.delta").ToList());

        await client.SendAsync(new { event_id = "event_cancel2", type = "response.cancel" });
        Assert.Equal("response_cancel_not_active", (await client.NextAsync()).ErrorCode());
        await client.AppendAsync("Still alive.");
        await client.CommitAsync();
        var next = await client.ReceiveUntilAsync("response.done");
        Assert.Equal("completed", next.Single("response.done")["response"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task AbruptDisconnect_DuringLongResponse_ProcessesKilledAndServerKeepsServing()
    {
        var client = await RealtimeTestClient.ConnectAsync(_server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "commit", response_format = "mp3" });
        await client.ReceiveUntilAsync("session.updated");
        await client.AppendAsync(string.Concat(Enumerable.Repeat("Another long sentence to keep espeak and ffmpeg running. ", 300)));
        await client.CommitAsync();
        await client.ReceiveUntilAsync("response.audio.delta");
        client.Abort();

        await Wait.UntilAsync(() => _server.Statistics.ProcessesRunning == 0 && _server.Statistics.ActiveConnections == 0);
        var events = await TestServers.SynthesizeAsync(_server, new { voice = "Cherry", mode = "commit" }, "Next client.");
        Assert.Contains("response.done", events.Types());
    }

    [Fact]
    public async Task SessionFinish_InCommitModeWithUncommittedText_DiscardedByDefault()
    {
        await using var client = await RealtimeTestClient.ConnectAsync(_server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "commit" });
        await client.ReceiveUntilAsync("session.updated");
        await client.AppendAsync("Never committed.");
        await client.FinishAsync();
        var events = await client.ReceiveUntilClosedAsync();
        Assert.Equal(["session.finished"], events.Types().ToList());
    }

    [Fact]
    public async Task SessionFinish_InCommitModeWithSynthesizeUncommittedOption_Synthesized()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { SynthesizeUncommittedOnFinishInCommitMode = true });
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "commit" });
        await client.ReceiveUntilAsync("session.updated");
        await client.AppendAsync("Committed by finish.");
        await client.FinishAsync();
        var events = await client.ReceiveUntilClosedAsync();
        Assert.Equal("session.finished", events[^1].Type());
        Assert.Contains("response.done", events.Types());
    }
}
