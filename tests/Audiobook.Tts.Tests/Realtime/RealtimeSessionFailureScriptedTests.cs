using System.Net.WebSockets;
using Audiobook.Tts.Protocol;
using Audiobook.Tts.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Audiobook.Tts.Tests.Realtime;

public sealed class RealtimeSessionFailureScriptedTests
{
    private static readonly SessionConfig CommitMode = new() { Voice = "Cherry", Mode = SessionModes.Commit };

    [Fact]
    public async Task SynthesizeAsync_ThrottlingErrorEvent_ThrowsRetryableAndClosesSession()
    {
        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            await peer.SendCreatedAsync();
            await peer.AcceptUpdateAsync();
            await peer.ExpectAsync<InputTextBufferCommitEvent>();
            await peer.SendRawAsync("""{"event_id":"event_err1","type":"error","error":{"code":"Throttling.RateQuota","message":"Requests rate limit exceeded, try again later."}}""");
            await peer.ReceiveAsync();
        });
        await using var session = await ConnectAsync(server);
        await session.UpdateAsync(CommitMode, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<TtsException>(() => session.SynthesizeAsync("hi", Stream.Null, CancellationToken.None));

        Assert.Equal("Throttling.RateQuota", ex.Code);
        Assert.True(ex.IsRetryable);
        Assert.Equal("event_err1", ex.ServerEventId);
        Assert.False(session.IsOpen);
        var later = await Assert.ThrowsAsync<TtsException>(() => session.AppendTextAsync("more", CancellationToken.None));
        Assert.Equal("Throttling.RateQuota", later.Code);
    }

    [Fact]
    public async Task SynthesizeAsync_InvalidValueError_IsPermanent()
    {
        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            await peer.SendCreatedAsync();
            await peer.AcceptUpdateAsync();
            await peer.ExpectAsync<InputTextBufferCommitEvent>();
            await peer.SendRawAsync("""{"type":"error","error":{"code":"invalid_value","message":"The requested voice 'X' is not supported."}}""");
            await peer.Socket.CloseOutputAsync(WebSocketCloseStatus.InvalidPayloadData, "bad voice", CancellationToken.None);
            await peer.ReceiveAsync();
        });
        await using var session = await ConnectAsync(server);
        await session.UpdateAsync(CommitMode, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<TtsException>(() => session.SynthesizeAsync("hi", Stream.Null, CancellationToken.None));

        Assert.Equal("invalid_value", ex.Code);
        Assert.False(ex.IsRetryable);
        Assert.Contains("The requested voice 'X' is not supported.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynthesizeAsync_SocketDropsMidResponse_ThrowsRetryableConnectionClosed()
    {
        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            await peer.SendCreatedAsync();
            await peer.AcceptUpdateAsync();
            await peer.ExpectAsync<InputTextBufferCommitEvent>();
            await peer.SendAsync(new ResponseCreatedEvent { Response = new ResponseInfo { Id = "resp_1" } });
            await peer.SendAsync(new ResponseAudioDeltaEvent { ResponseId = "resp_1", Delta = Convert.ToBase64String(new byte[100]) });
            peer.Socket.Abort();
        });
        await using var session = await ConnectAsync(server);
        await session.UpdateAsync(CommitMode, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<TtsException>(() => session.SynthesizeAsync("hi", Stream.Null, CancellationToken.None));

        Assert.True(ex.IsRetryable);
        Assert.Equal("ConnectionClosed", ex.Code);
        Assert.False(session.IsOpen);
    }

    [Fact]
    public async Task SynthesizeAsync_ServerSilent_FailsWithRetryableResponseTimeout()
    {
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await ScriptedRealtimeServer.StartAsync(SilentAfterCommit(committed));
        var time = new FakeTimeProvider();
        var timeout = TimeSpan.FromSeconds(10);
        await using var session = await ConnectAsync(server, timeout, time);
        await session.UpdateAsync(CommitMode, CancellationToken.None);

        var synthesis = session.SynthesizeAsync("hi", Stream.Null, CancellationToken.None);
        await committed.Task;
        time.Advance(timeout - TimeSpan.FromMilliseconds(1));
        var failedEarly = synthesis.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));
        // The guard turns a client that ignores the injected clock into a failure instead of a hang.
        var ex = await Assert.ThrowsAsync<TtsException>(() => synthesis.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.False(failedEarly);
        Assert.Equal("ResponseTimeout", ex.Code);
        Assert.True(ex.IsRetryable);
        Assert.False(session.IsOpen);
    }

    [Fact]
    public async Task SynthesizeAsync_Cancelled_ThrowsOperationCanceledAndSessionBecomesUnusable()
    {
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await ScriptedRealtimeServer.StartAsync(SilentAfterCommit(committed));
        await using var session = await ConnectAsync(server);
        await session.UpdateAsync(CommitMode, CancellationToken.None);
        using var cts = new CancellationTokenSource();

        var synthesis = session.SynthesizeAsync("hi", Stream.Null, cts.Token);
        await committed.Task;
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => synthesis);
        Assert.False(session.IsOpen);
        await Assert.ThrowsAsync<TtsException>(() => session.SynthesizeAsync("again", Stream.Null, CancellationToken.None));
    }

    [Fact]
    public async Task SynthesizeAsync_ServerCommitMode_ThrowsInvalidOperation()
    {
        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            await peer.SendCreatedAsync();
            await peer.ReceiveAsync();
        });
        await using var session = await ConnectAsync(server);

        await Assert.ThrowsAsync<InvalidOperationException>(() => session.SynthesizeAsync("hi", Stream.Null, CancellationToken.None));
    }

    /// <summary>A peer that accepts the session, signals <paramref name="committed"/> on the first commit and then never answers.</summary>
    private static Func<ScriptedPeer, Task> SilentAfterCommit(TaskCompletionSource committed) => async peer =>
    {
        await peer.SendCreatedAsync();
        await peer.AcceptUpdateAsync();
        await peer.ExpectAsync<InputTextBufferCommitEvent>();
        committed.SetResult();
        while (await peer.ReceiveAsync() is not null)
        {
        }
    };

    private static Task<RealtimeSession> ConnectAsync(ScriptedRealtimeServer server, TimeSpan? responseTimeout = null, TimeProvider? time = null) =>
        new QwenRealtimeClient(server.Options(responseTimeout), time).ConnectAsync("qwen3-tts-flash-realtime", CancellationToken.None);
}
