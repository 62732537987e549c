using Audiobook.Tts.Tests.TestSupport;
using Audiobook.TtsServer;
using Microsoft.Extensions.Time.Testing;

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
        // Server and client share one fake clock: the latency passes when the test moves it, and the client measures exactly that.
        var time = new FakeTimeProvider();
        var latency = TimeSpan.FromSeconds(4);
        await using var server = await StartAsync(new FaultInjectionOptions { AddedLatency = latency }, time);
        await using var session = await OpenAsync(server, time);
        using var audio = new MemoryStream();

        var synthesis = session.SynthesizeAsync("Slow to start.", audio, CancellationToken.None);
        for (var poll = 0; server.Statistics.FaultsInjected == 0; poll++)
        {
            // The server counts the latency once its timer is armed on the fake clock; only then may the test move the clock.
            Assert.True(poll < 3000, "the server never armed the injected latency");
            await Task.Delay(10);
        }

        time.Advance(latency);
        var result = await synthesis.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(latency, result.FirstAudioDelay);
        Assert.Equal(latency, session.Metrics.FirstAudioDelay);
        Assert.True(audio.Length > 0);
    }

    public void Dispose() => _data.Dispose();

    private Task<LocalTtsServer> StartAsync(FaultInjectionOptions faults, TimeProvider? time = null) => LocalTtsServer.StartAsync(
        new LocalTtsServerOptions
        {
            ApiKeys = [LocalServerFixture.ApiKey],
            DataDirectory = _data.Path,
            RateLimits = new RateLimitOptions { Enabled = false },
            Faults = faults,
        },
        time ?? TimeProvider.System,
        CancellationToken.None);

    private static TtsClientOptions Options(LocalTtsServer server) => new()
    {
        ApiKey = LocalServerFixture.ApiKey,
        BaseUrl = server.RealtimeUri,
        CustomizationUrl = server.CustomizationUri,
        ResponseTimeout = TimeSpan.FromSeconds(30),
    };

    private static async Task<RealtimeSession> OpenAsync(LocalTtsServer server, TimeProvider? time = null)
    {
        var session = await new QwenRealtimeClient(Options(server), time).ConnectAsync(LocalServerFixture.FlashModel, CancellationToken.None);
        await session.UpdateAsync(LocalServerFixture.Commit(), CancellationToken.None);
        return session;
    }
}
