using Audiobook.Tts.Tests.TestSupport;
using Audiobook.TtsServer;

namespace Audiobook.Tts.Tests.Conformance;

/// <summary>The client against the local server's own fault injection and rate limiter (each test starts its own server).</summary>
public sealed class FaultConformanceTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task SynthesizeAsync_ServerDropsConnectionMidResponse_RetryableConnectionClosed()
    {
        await using var server = await StartAsync(new FaultInjectionOptions { DropEveryNthResponse = 1 });
        await using var session = await OpenAsync(server);

        var ex = await Assert.ThrowsAsync<TtsException>(() => LocalServerFixture.SynthesizeAsync(session, "This response will be cut off."));

        Assert.True(ex.IsRetryable);
        Assert.Equal("ConnectionClosed", ex.Code);
        Assert.False(session.IsOpen);
    }

    [Theory]
    [InlineData("InternalError")]
    [InlineData("ModelServingError")]
    [InlineData("ModelUnavailable")]
    public async Task SynthesizeAsync_ServerErrorEventMidResponse_RetryableWithServerCode(string code)
    {
        await using var server = await StartAsync(new FaultInjectionOptions { ErrorEveryNthResponse = 1, ErrorCode = code });
        await using var session = await OpenAsync(server);

        var ex = await Assert.ThrowsAsync<TtsException>(() => LocalServerFixture.SynthesizeAsync(session, "This response will fail."));

        Assert.True(ex.IsRetryable);
        Assert.Equal(code, ex.Code);
        Assert.NotNull(ex.ServerEventId);
    }

    [Fact]
    public async Task ConnectAsync_HandshakeThrottled_Retryable429()
    {
        await using var server = await StartAsync(new FaultInjectionOptions { ThrottleEveryNthConnection = 1 });
        var client = new QwenRealtimeClient(Options(server));

        var ex = await Assert.ThrowsAsync<TtsException>(() => client.ConnectAsync(LocalServerFixture.FlashModel, CancellationToken.None));

        Assert.Equal(429, ex.HttpStatus);
        Assert.True(ex.IsRetryable);
    }

    [Fact]
    public async Task ConnectAsync_OverRequestsPerMinute_Retryable429()
    {
        await using var server = await LocalTtsServer.StartAsync(
            new LocalTtsServerOptions
            {
                ApiKeys = [LocalServerFixture.ApiKey],
                DataDirectory = _data.Path,
                RateLimits = new RateLimitOptions { Enabled = true, RequestsPerMinute = 1 },
            },
            CancellationToken.None);
        var client = new QwenRealtimeClient(Options(server));
        await using var first = await client.ConnectAsync(LocalServerFixture.FlashModel, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<TtsException>(() => client.ConnectAsync(LocalServerFixture.FlashModel, CancellationToken.None));

        Assert.Equal(429, ex.HttpStatus);
        Assert.True(ex.IsRetryable);
        Assert.StartsWith("Throttling", ex.Code, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynthesizeAsync_AddedLatency_ShowsInFirstAudioDelay()
    {
        await using var server = await StartAsync(new FaultInjectionOptions { AddedLatency = TimeSpan.FromMilliseconds(400) });
        await using var session = await OpenAsync(server);

        using var audio = new MemoryStream();
        var result = await session.SynthesizeAsync("Slow to start.", audio, CancellationToken.None);

        Assert.True(result.FirstAudioDelay >= TimeSpan.FromMilliseconds(400), $"first audio after {result.FirstAudioDelay}");
        Assert.True(session.Metrics.FirstAudioDelay >= TimeSpan.FromMilliseconds(400));
        Assert.True(audio.Length > 0);
    }

    public void Dispose() => _data.Dispose();

    private Task<LocalTtsServer> StartAsync(FaultInjectionOptions faults) => LocalTtsServer.StartAsync(
        new LocalTtsServerOptions
        {
            ApiKeys = [LocalServerFixture.ApiKey],
            DataDirectory = _data.Path,
            RateLimits = new RateLimitOptions { Enabled = false },
            Faults = faults,
        },
        CancellationToken.None);

    private static TtsClientOptions Options(LocalTtsServer server) => new()
    {
        ApiKey = LocalServerFixture.ApiKey,
        BaseUrl = server.RealtimeUri,
        CustomizationUrl = server.CustomizationUri,
        ResponseTimeout = TimeSpan.FromSeconds(30),
    };

    private static async Task<RealtimeSession> OpenAsync(LocalTtsServer server)
    {
        var session = await new QwenRealtimeClient(Options(server)).ConnectAsync(LocalServerFixture.FlashModel, CancellationToken.None);
        await session.UpdateAsync(LocalServerFixture.Commit(), CancellationToken.None);
        return session;
    }
}
