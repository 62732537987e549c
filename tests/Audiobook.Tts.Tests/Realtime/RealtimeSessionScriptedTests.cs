using System.Net.WebSockets;
using Audiobook.Tts.Protocol;
using Audiobook.Tts.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Audiobook.Tts.Tests.Realtime;

public sealed class RealtimeSessionScriptedTests
{
    private static readonly SessionConfig CommitMode = new() { Voice = "Cherry", Mode = SessionModes.Commit };

    [Fact]
    public async Task SynthesizeAsync_MessagesSplitAcrossManyFrames_AreAssembled()
    {
        var audio = Enumerable.Range(0, 3).Select(i => Enumerable.Range(0, 20_000).Select(j => (byte)(i + j)).ToArray()).ToArray();
        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            await peer.SendCreatedAsync();
            await peer.AcceptUpdateAsync();
            await peer.ExpectAsync<InputTextBufferCommitEvent>();
            await peer.SendResponseAsync("resp_1", audio, characters: 5, fragmentSize: 997);
            await peer.ReceiveAsync();
        });
        await using var session = await ConnectAsync(server);
        await session.UpdateAsync(CommitMode, CancellationToken.None);
        using var destination = new MemoryStream();

        var result = await session.SynthesizeAsync("hello", destination, CancellationToken.None);

        Assert.Equal(audio.SelectMany(a => a).ToArray(), destination.ToArray());
        Assert.Equal("resp_1", result.ResponseId);
        Assert.Equal(60_000, result.AudioBytes);
        Assert.Equal(5, result.Usage!.Characters);
        Assert.Equal(1, session.CompletedResponses);
    }

    [Fact]
    public async Task SynthesizeAsync_ConcurrentCommits_AreMatchedToResponsesInOrder()
    {
        var texts = new[] { "one", "two", "three", "four" };
        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            await peer.SendCreatedAsync();
            await peer.AcceptUpdateAsync();
            var appended = new List<string>();
            while (appended.Count < texts.Length)
            {
                var next = await peer.ReceiveAsync();
                if (next is InputTextBufferAppendEvent append)
                {
                    appended.Add(append.Text);
                }
            }

            // Answer strictly in commit order, each response carrying its own text as audio.
            for (var i = 0; i < appended.Count; i++)
            {
                await peer.SendResponseAsync($"resp_{i}", [System.Text.Encoding.UTF8.GetBytes(appended[i])], appended[i].Length);
            }

            await peer.ReceiveAsync();
        });
        await using var session = await ConnectAsync(server);
        await session.UpdateAsync(CommitMode, CancellationToken.None);

        var calls = texts.Select(async text =>
        {
            using var destination = new MemoryStream();
            await session.SynthesizeAsync(text, destination, CancellationToken.None);
            return (text, audio: System.Text.Encoding.UTF8.GetString(destination.ToArray()));
        }).ToList();
        var results = await Task.WhenAll(calls);

        Assert.All(results, r => Assert.Equal(r.text, r.audio));
        Assert.Equal(4, session.Metrics.Responses.Count);
        Assert.Equal(texts.Sum(t => t.Length), session.Metrics.BilledCharacters);
    }

    [Fact]
    public async Task ReadResponsesAsync_UnknownEventsAndBinaryFrames_AreTolerated()
    {
        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            await peer.SendCreatedAsync();
            await peer.AcceptUpdateAsync();
            await peer.ExpectAsync<InputTextBufferAppendEvent>();
            await peer.SendRawAsync("""{"type":"response.future_thing","event_id":"e","payload":{"x":[1,2,3]}}""");
            await peer.Socket.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, true, CancellationToken.None);
            await peer.SendResponseAsync("resp_a", [[1, 2], [3]], characters: 6);
            await peer.ExpectAsync<SessionFinishEvent>();
            await peer.SendAsync(new SessionFinishedEvent { EventId = "e_fin" });
            await peer.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
            await peer.ReceiveAsync();
        });
        await using var session = await ConnectAsync(server);
        await session.UpdateAsync(new SessionConfig { Voice = "Cherry", Mode = SessionModes.ServerCommit }, CancellationToken.None);
        var reading = ReadAllAsync(session);

        await session.AppendTextAsync("你好世界。", CancellationToken.None);
        await session.FinishAsync(CancellationToken.None);
        var items = await reading;

        Assert.Equal([1, 2, 3], items.Where(i => !i.IsEnd).SelectMany(i => i.Audio.ToArray()).ToArray());
        var end = Assert.Single(items, i => i.IsEnd);
        Assert.Equal("resp_a", end.ResponseId);
        Assert.Equal(6, end.Result!.Usage!.Characters);
        Assert.False(session.IsOpen);
    }

    [Fact]
    public async Task ClearAsync_WaitsForCleared()
    {
        var clearReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            await peer.SendCreatedAsync();
            await peer.ExpectAsync<InputTextBufferClearEvent>();
            clearReceived.SetResult();

            // Never answers with input_text_buffer.cleared.
            await peer.ReceiveAsync();
        });
        await using var session = await ConnectAsync(server);
        using var stop = new CancellationTokenSource();

        var clearing = session.ClearAsync(stop.Token);
        await clearReceived.Task;
        await stop.CancelAsync();

        // Still waiting when the server had the clear, so only the cancellation ends it; a ClearAsync that returned after sending
        // would have completed successfully instead.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => clearing);
    }

    [Fact]
    public async Task ClearAsync_ClearedArrives_ReturnsAndSessionStaysOpen()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            await peer.SendCreatedAsync();
            await peer.ExpectAsync<InputTextBufferClearEvent>();
            await release.Task;
            await peer.SendAsync(new InputTextBufferClearedEvent { EventId = "e" });
            await peer.ReceiveAsync();
        });
        await using var session = await ConnectAsync(server);

        var clearing = session.ClearAsync(CancellationToken.None);
        release.SetResult();
        await clearing;

        Assert.True(session.IsOpen);
    }

    [Fact]
    public async Task Metrics_FakeTime_MeasuresPerResponseAndSdkFirstAudioDelay()
    {
        var time = new FakeTimeProvider();
        RealtimeSession? client = null;

        // The peer moves the fake clock only after the client has handled what was sent, so every timestamp is exact.
        async Task WaitForClient(Func<RealtimeSession, bool> handled)
        {
            while (Volatile.Read(ref client) is not { } c || !handled(c))
            {
                await Task.Delay(5);
            }
        }

        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            await peer.SendCreatedAsync();
            await peer.AcceptUpdateAsync();
            await peer.ExpectAsync<InputTextBufferCommitEvent>();
            await peer.ExpectAsync<InputTextBufferCommitEvent>();
            time.Advance(TimeSpan.FromMilliseconds(200));
            await peer.SendResponseAsync("resp_1", [[1, 2]], 2,
                afterFirstDelta: () => WaitForClient(c => c.Metrics.AudioBytes >= 2),
                beforeDone: () => AdvanceAsync(time, 1000));
            await WaitForClient(c => c.CompletedResponses >= 1);
            time.Advance(TimeSpan.FromMilliseconds(50));
            await peer.SendResponseAsync("resp_2", [[3]], 2,
                afterFirstDelta: () => WaitForClient(c => c.Metrics.AudioBytes >= 3),
                beforeDone: () => AdvanceAsync(time, 500));
            await peer.ReceiveAsync();
        });
        await using var session = await new QwenRealtimeClient(server.Options(), time).ConnectAsync("m", CancellationToken.None);
        await session.UpdateAsync(CommitMode, CancellationToken.None);

        var first = session.SynthesizeAsync("a", Stream.Null, CancellationToken.None);
        var second = session.SynthesizeAsync("b", Stream.Null, CancellationToken.None);
        Volatile.Write(ref client, session);
        var results = await Task.WhenAll(first, second);

        Assert.Equal(TimeSpan.FromMilliseconds(200), results[0].FirstAudioDelay);
        Assert.Equal(TimeSpan.FromMilliseconds(1200), results[0].Elapsed);
        // The second commit was queued: its clock starts at the first response's response.done.
        Assert.Equal(TimeSpan.FromMilliseconds(50), results[1].FirstAudioDelay);
        Assert.Equal(TimeSpan.FromMilliseconds(550), results[1].Elapsed);
        Assert.Equal(TimeSpan.FromMilliseconds(200), session.Metrics.FirstAudioDelay);
        Assert.Equal("resp_2", session.Metrics.LastResponseId);
        Assert.Equal(3, session.Metrics.AudioBytes);
        Assert.Equal(4, session.Metrics.BilledCharacters);
    }

    [Fact]
    public async Task StreamAsync_YieldsOwnedChunksAndSetsLastResult()
    {
        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            await peer.SendCreatedAsync();
            await peer.AcceptUpdateAsync();
            await peer.ExpectAsync<InputTextBufferCommitEvent>();
            await peer.SendResponseAsync("resp_s", [[1, 1], [2, 2], [3, 3]], 3);
            await peer.ReceiveAsync();
        });
        await using var session = await ConnectAsync(server);
        await session.UpdateAsync(CommitMode, CancellationToken.None);

        var chunks = new List<ReadOnlyMemory<byte>>();
        await foreach (var chunk in session.StreamAsync("abc", CancellationToken.None))
        {
            chunks.Add(chunk);
        }

        Assert.Equal([[1, 1], [2, 2], [3, 3]], chunks.Select(c => c.ToArray()).ToArray());
        Assert.Equal("resp_s", session.LastResult!.ResponseId);
        Assert.Equal(6, session.LastResult.AudioBytes);
    }

    private static Task AdvanceAsync(FakeTimeProvider time, int milliseconds)
    {
        time.Advance(TimeSpan.FromMilliseconds(milliseconds));
        return Task.CompletedTask;
    }

    private static async Task<List<ResponseAudio>> ReadAllAsync(RealtimeSession session)
    {
        var items = new List<ResponseAudio>();
        await foreach (var item in session.ReadResponsesAsync(CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    private static Task<RealtimeSession> ConnectAsync(ScriptedRealtimeServer server, TimeSpan? responseTimeout = null) =>
        new QwenRealtimeClient(server.Options(responseTimeout)).ConnectAsync("qwen3-tts-flash-realtime", CancellationToken.None);
}
