using System.Net.WebSockets;
using Audiobook.Tts.Protocol;
using Audiobook.Tts.Tests.TestSupport;

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
        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            await peer.SendCreatedAsync();
            await peer.AcceptUpdateAsync();
            while (await peer.ReceiveAsync() is not null)
            {
            }
        });
        await using var session = await ConnectAsync(server, TimeSpan.FromSeconds(1));
        await session.UpdateAsync(CommitMode, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<TtsException>(() => session.SynthesizeAsync("hi", Stream.Null, CancellationToken.None));

        Assert.Equal("ResponseTimeout", ex.Code);
        Assert.True(ex.IsRetryable);
        Assert.False(session.IsOpen);
    }

    [Fact]
    public async Task SynthesizeAsync_Cancelled_ThrowsOperationCanceledAndSessionBecomesUnusable()
    {
        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            await peer.SendCreatedAsync();
            await peer.AcceptUpdateAsync();
            while (await peer.ReceiveAsync() is not null)
            {
            }
        });
        await using var session = await ConnectAsync(server);
        await session.UpdateAsync(CommitMode, CancellationToken.None);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.SynthesizeAsync("hi", Stream.Null, cts.Token));

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

    private static Task<RealtimeSession> ConnectAsync(ScriptedRealtimeServer server, TimeSpan? responseTimeout = null) =>
        new QwenRealtimeClient(server.Options(responseTimeout)).ConnectAsync("qwen3-tts-flash-realtime", CancellationToken.None);
}
