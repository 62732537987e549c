using Audiobook.Tts.Tests.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace Audiobook.Tts.Tests.Realtime;

public sealed class QwenRealtimeClientScriptedTests
{
    [Fact]
    public async Task ConnectAsync_SendsSdkHeaders_AndWaitsForSessionCreated()
    {
        IHeaderDictionary? headers = null;
        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            headers = peer.RequestHeaders;
            await peer.SendCreatedAsync();
            await peer.ReceiveAsync();
        });
        var client = new QwenRealtimeClient(server.Options());

        await using var session = await client.ConnectAsync("qwen3-tts-flash-realtime", CancellationToken.None);

        Assert.Equal("sess_scripted", session.SessionId);
        Assert.Equal("qwen3-tts-flash-realtime", session.Model);
        Assert.True(session.IsOpen);
        Assert.Equal("Bearer sk-scripted", headers!.Authorization.ToString());
        Assert.Equal("ws-test", headers["X-DashScope-WorkSpace"].ToString());
        Assert.StartsWith("audiobook-pipeline/", headers.UserAgent.ToString(), StringComparison.Ordinal);
        Assert.Contains("dotnet/", headers.UserAgent.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectAsync_Handshake429_ThrowsRetryableThrottlingWithRetryAfter()
    {
        await using var server = await ScriptedRealtimeServer.StartAsync(
            _ => Task.CompletedTask,
            async context =>
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "7";
                await context.Response.WriteAsync("""{"code":"Throttling.RateQuota","message":"Requests rate limit exceeded"}""");
                return true;
            });
        var client = new QwenRealtimeClient(server.Options(apiKey: "sk-secret-429"));

        var ex = await Assert.ThrowsAsync<TtsException>(() => client.ConnectAsync("qwen3-tts-flash-realtime", CancellationToken.None));

        Assert.True(ex.IsRetryable);
        Assert.Equal(429, ex.HttpStatus);
        Assert.Equal("Throttling", ex.Code);
        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        Assert.DoesNotContain("sk-secret-429", ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(403, false)]
    [InlineData(503, true)]
    public async Task ConnectAsync_HandshakeRejected_ClassifiesByStatus(int status, bool retryable)
    {
        await using var server = await ScriptedRealtimeServer.StartAsync(
            _ => Task.CompletedTask,
            context =>
            {
                context.Response.StatusCode = status;
                return Task.FromResult(true);
            });
        var client = new QwenRealtimeClient(server.Options());

        var ex = await Assert.ThrowsAsync<TtsException>(() => client.ConnectAsync("m", CancellationToken.None));

        Assert.Equal(retryable, ex.IsRetryable);
        Assert.Equal(status, ex.HttpStatus);
    }

    [Fact]
    public async Task ConnectAsync_NoSessionCreated_TimesOutRetryable()
    {
        var upgraded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            upgraded.SetResult();
            await peer.ReceiveAsync();
        });
        var time = new FakeTimeProvider();
        var client = new QwenRealtimeClient(server.Options(), time);

        var connecting = client.ConnectAsync("m", CancellationToken.None);
        await upgraded.Task;
        time.Advance(server.Options().ConnectTimeout);
        var ex = await Assert.ThrowsAsync<TtsException>(() => connecting.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal("ConnectTimeout", ex.Code);
        Assert.True(ex.IsRetryable);
    }

    [Fact]
    public async Task ConnectAsync_NothingListening_ThrowsRetryableConnectFailed()
    {
        var client = new QwenRealtimeClient(new TtsClientOptions { ApiKey = "k", BaseUrl = new Uri("ws://127.0.0.1:1/api-ws/v1/realtime") });

        var ex = await Assert.ThrowsAsync<TtsException>(() => client.ConnectAsync("m", CancellationToken.None));

        Assert.True(ex.IsRetryable);
        Assert.Null(ex.HttpStatus);
    }

    [Fact]
    public async Task ConnectAsync_CancelledWhileWaitingForSessionCreated_ThrowsOperationCanceled()
    {
        var upgraded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await ScriptedRealtimeServer.StartAsync(async peer =>
        {
            upgraded.SetResult();
            await peer.ReceiveAsync();
        });
        var client = new QwenRealtimeClient(server.Options());
        using var cts = new CancellationTokenSource();

        var connecting = client.ConnectAsync("m", cts.Token);
        await upgraded.Task;
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connecting);
    }
}
