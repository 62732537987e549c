using System.Net.WebSockets;
using Audiobook.TtsServer.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Audiobook.TtsServer.Tests.Realtime;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Handshake_OverConnectionLimit_Http429ThrottlingRateQuota()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { RateLimits = new RateLimitOptions { RequestsPerMinute = 2 } });

        Assert.Equal(101, await RealtimeTestClient.TryConnectAsync(server));
        Assert.Equal(101, await RealtimeTestClient.TryConnectAsync(server));
        var ((status, body), headers) = await RawHandshake.SendWithHeadersAsync(server, "qwen3-tts-flash-realtime", "Bearer k");

        Assert.Equal(429, status);
        Assert.Matches("(?im)^Retry-After: ([1-9]|[1-5][0-9]|60)\r?$", headers);
        Assert.Equal("Throttling.RateQuota", body!["code"]!.GetValue<string>());
        Assert.Equal("Requests rate limit exceeded, try again later.", body["message"]!.GetValue<string>());
        Assert.Equal(1, server.Statistics.Throttled);
    }

    [Fact]
    public async Task Handshake_LimitsArePerModel_OtherModelUnaffected()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions
        {
            RateLimits = new RateLimitOptions { PerModel = new Dictionary<string, int> { ["qwen3-tts-flash-realtime"] = 1 } },
        });

        Assert.Equal(101, await RealtimeTestClient.TryConnectAsync(server));
        Assert.Equal(429, await RealtimeTestClient.TryConnectAsync(server));
        Assert.Equal(101, await RealtimeTestClient.TryConnectAsync(server, "qwen3-tts-flash-realtime-2025-11-27"));
    }

    [Fact]
    public async Task Handshake_WindowSlides_AcceptedAgainOnceTheFirstRequestLeavesTheWindow()
    {
        var time = new FakeTimeProvider();
        var window = TimeSpan.FromMinutes(1);
        await using var server = await TestServers.StartAsync(
            new LocalTtsServerOptions { RateLimits = new RateLimitOptions { RequestsPerMinute = 1, Window = window } }, time);

        Assert.Equal(101, await RealtimeTestClient.TryConnectAsync(server));
        time.Advance(window - TimeSpan.FromMilliseconds(1));
        Assert.Equal(429, await RealtimeTestClient.TryConnectAsync(server));
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(101, await RealtimeTestClient.TryConnectAsync(server));
        Assert.Equal(429, await RealtimeTestClient.TryConnectAsync(server));
    }

    [Fact]
    public async Task Response_OverResponseLimit_ErrorEventThenClose1008()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions
        {
            RateLimits = new RateLimitOptions { RequestsPerMinute = 2, RequestUnit = RequestUnit.Response },
        });
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Cherry", mode = "server_commit" });
        await client.ReceiveUntilAsync("session.updated");
        await client.AppendAsync("One. Two. Three. ");

        var events = await client.ReceiveUntilClosedAsync();

        Assert.Equal(2, events.Count(e => e.Type() == "response.done"));
        Assert.Equal("Throttling.RateQuota", events[^1].ErrorCode());
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, client.CloseStatus);
    }

    [Fact]
    public async Task Handshake_RateLimitsDisabled_NeverThrottled()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions
        {
            RateLimits = new RateLimitOptions { Enabled = false, RequestsPerMinute = 1 },
        });

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(101, await RealtimeTestClient.TryConnectAsync(server));
        }
    }
}
