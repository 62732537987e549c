using Audiobook.Tts.Protocol;
using Audiobook.Tts.Tests.TestSupport;

namespace Audiobook.Tts.Tests.Realtime;

public sealed class CancelResponseScriptedTests
{
    [Fact]
    public async Task CancelResponseAsync_ServerEndsResponseAsCancelled_ResultCarriesStatus()
    {
        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            await peer.SendCreatedAsync();
            await peer.AcceptUpdateAsync();
            await peer.ExpectAsync<InputTextBufferCommitEvent>();
            await peer.SendAsync(new ResponseCreatedEvent { Response = new ResponseInfo { Id = "resp_c" } });
            await peer.SendAsync(new ResponseAudioDeltaEvent { ResponseId = "resp_c", Delta = Convert.ToBase64String(new byte[10]) });
            await peer.ExpectAsync<ResponseCancelEvent>();
            await peer.SendAsync(new ResponseDoneEvent { Response = new ResponseInfo { Id = "resp_c", Status = "cancelled" } });
            await peer.ReceiveAsync();
        });
        await using var session = await new QwenRealtimeClient(server.Options()).ConnectAsync("m", CancellationToken.None);
        await session.UpdateAsync(new SessionConfig { Voice = "Cherry", Mode = SessionModes.Commit }, CancellationToken.None);
        var firstChunk = new TaskCompletionSource();
        var destination = new NotifyingStream(firstChunk);

        var synthesis = session.SynthesizeAsync("long text", destination, CancellationToken.None);
        await firstChunk.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await session.CancelResponseAsync(CancellationToken.None);
        var result = await synthesis;

        Assert.Equal("cancelled", result.Status);
        Assert.Equal(10, result.AudioBytes);
        Assert.True(session.IsOpen);
    }

    [Fact]
    public async Task CancelResponseAsync_ErrorNamingTheCancelEvent_DoesNotEndTheSession()
    {
        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            await peer.SendCreatedAsync();
            var cancel = await peer.ExpectAsync<ResponseCancelEvent>();
            await peer.SendAsync(new ErrorEvent { Error = new ErrorInfo { Code = "response_cancel_not_active", Message = "nothing to cancel", EventId = cancel.EventId } });
            await peer.ExpectAsync<InputTextBufferClearEvent>();
            await peer.SendAsync(new InputTextBufferClearedEvent());
            await peer.ReceiveAsync();
        });
        await using var session = await new QwenRealtimeClient(server.Options()).ConnectAsync("m", CancellationToken.None);

        await session.CancelResponseAsync(CancellationToken.None);
        await session.ClearAsync(CancellationToken.None);

        Assert.True(session.IsOpen);
    }

    private sealed class NotifyingStream(TaskCompletionSource written) : MemoryStream
    {
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            written.TrySetResult();
            return base.WriteAsync(buffer, cancellationToken);
        }
    }
}
