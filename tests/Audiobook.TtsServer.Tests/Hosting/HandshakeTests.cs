using System.Net.WebSockets;
using Audiobook.TtsServer.Tests.TestSupport;

namespace Audiobook.TtsServer.Tests.Hosting;

public sealed class HandshakeTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer wrong-key")]
    public async Task Upgrade_MissingOrUnknownKey_Http401WithDocumentedBody(string? authorization)
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { ApiKeys = ["sk-right"] });

        var (status, body) = await RawHandshake.SendAsync(server, "qwen3-tts-flash-realtime", authorization);

        Assert.Equal(401, status);
        Assert.Equal("InvalidApiKey", body!["code"]!.GetValue<string>());
        Assert.Equal("Invalid API-key provided.", body["message"]!.GetValue<string>());
        Assert.True(Guid.TryParse(body["request_id"]!.GetValue<string>(), out _));
        Assert.Equal(0, server.Statistics.Connections);
    }

    [Theory]
    [InlineData("Bearer sk-right")]
    [InlineData("bearer sk-right")]
    public async Task Upgrade_ConfiguredKeyAnySchemeCase_Accepted(string authorization)
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { ApiKeys = ["sk-right"] });

        var (status, _) = await RawHandshake.SendAsync(server, "qwen3-tts-flash-realtime", authorization);

        Assert.Equal(101, status);
    }

    [Fact]
    public async Task Upgrade_NoKeysConfigured_AnyNonEmptyKeyAccepted()
    {
        await using var server = await TestServers.StartAsync();

        Assert.Equal(101, await RealtimeTestClient.TryConnectAsync(server, apiKey: "anything"));
        Assert.Equal(401, await RealtimeTestClient.TryConnectAsync(server, apiKey: null));
        Assert.Equal(1, server.Statistics.Unauthorized);
    }

    [Fact]
    public async Task Upgrade_UnknownModel_Http404ModelNotFound()
    {
        await using var server = await TestServers.StartAsync();

        var (status, body) = await RawHandshake.SendAsync(server, "qwen-nonexistent", "Bearer k");

        Assert.Equal(404, status);
        Assert.Equal("ModelNotFound", body!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Upgrade_UnknownModelWithRejectUnknownModelsOff_SessionCreatedThenSilentClose()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { RejectUnknownModels = false });
        await using var client = await RealtimeTestClient.ConnectAsync(server, "qwen-nonexistent");

        var events = await client.ReceiveUntilClosedAsync();

        Assert.Equal(["session.created"], events.Types().ToList());
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.CloseStatus);
    }

    [Fact]
    public async Task PlainGet_NotAWebSocket_Http400()
    {
        await using var server = await TestServers.StartAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, server.RealtimeUri.ToString().Replace("ws://", "http://", StringComparison.Ordinal) + "?model=qwen3-tts-flash-realtime");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "k");

        using var response = await http.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task StartAsync_Uris_PointAtLoopbackPort()
    {
        await using var server = await TestServers.StartAsync();

        Assert.Equal("127.0.0.1", server.BaseUri.Host);
        Assert.Equal($"ws://127.0.0.1:{server.BaseUri.Port}/api-ws/v1/realtime", server.RealtimeUri.ToString());
        Assert.Equal($"http://127.0.0.1:{server.BaseUri.Port}/api/v1/services/audio/tts/customization", server.CustomizationUri.ToString());
    }

    [Fact]
    public async Task StartAsync_InvalidOptions_ThrowsValidationException()
    {
        await Assert.ThrowsAsync<System.ComponentModel.DataAnnotations.ValidationException>(
            () => TestServers.StartAsync(new LocalTtsServerOptions { Faults = new FaultInjectionOptions { ErrorEventProbability = 2 } }));
    }
}
