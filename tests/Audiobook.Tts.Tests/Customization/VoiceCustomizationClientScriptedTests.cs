using System.Text.Json;
using Audiobook.Tts.Customization;
using Audiobook.Tts.Tests.TestSupport;
using Microsoft.AspNetCore.Http;

namespace Audiobook.Tts.Tests.Customization;

public sealed class VoiceCustomizationClientScriptedTests
{
    [Fact]
    public async Task CreateClonedVoiceAsync_SendsDocumentedEnvelopeAndHeaders()
    {
        await using var server = await ScriptedHttpServer.StartAsync(context => context.Response.WriteAsync(
            """{"output":{"voice":"qwen-tts-vc-guanyu-voice-20250812105009984-838b","target_model":"qwen3-tts-vc-realtime-2026-01-15"},"usage":{"count":1},"request_id":"r1"}"""));
        using var http = new HttpClient();
        var client = new VoiceCustomizationClient(http, Options(server));

        var voice = await client.CreateClonedVoiceAsync(
            "qwen3-tts-vc-realtime-2026-01-15", "guanyu", new byte[] { 1, 2, 3 }, "audio/wav", "hello", "en", CancellationToken.None);

        Assert.Equal("qwen-tts-vc-guanyu-voice-20250812105009984-838b", voice.Voice);
        Assert.Equal("qwen3-tts-vc-realtime-2026-01-15", voice.TargetModel);
        var (headers, body) = Assert.Single(server.Requests);
        Assert.Equal("Bearer sk-http", headers.Authorization.ToString());
        Assert.Equal("ws-9", headers["X-DashScope-WorkSpace"].ToString());
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        Assert.Equal("qwen-voice-enrollment", root.GetProperty("model").GetString());
        var input = root.GetProperty("input");
        Assert.Equal("create", input.GetProperty("action").GetString());
        Assert.Equal("guanyu", input.GetProperty("preferred_name").GetString());
        Assert.Equal("data:audio/wav;base64,AQID", input.GetProperty("audio").GetProperty("data").GetString());
        Assert.Equal("hello", input.GetProperty("text").GetString());
        Assert.Equal("en", input.GetProperty("language").GetString());
    }

    [Fact]
    public async Task ListClonedVoicesAsync_ParsesItemsAndTimestamps()
    {
        await using var server = await ScriptedHttpServer.StartAsync(context => context.Response.WriteAsync(
            """{"output":{"voice_list":[{"voice":"v1","gmt_create":"2025-08-11 17:59:32","target_model":"m1","future":1}],"total_count":3},"usage":{"count":0},"request_id":"r"}"""));
        using var http = new HttpClient();

        var page = await new VoiceCustomizationClient(http, Options(server)).ListClonedVoicesAsync(2, 1, CancellationToken.None);

        var voice = Assert.Single(page.Voices);
        Assert.Equal(new DateTime(2025, 8, 11, 17, 59, 32), voice.CreatedAt);
        Assert.Equal("m1", voice.TargetModel);
        Assert.Equal(2, page.PageIndex);
        Assert.Equal(1, page.PageSize);
        Assert.Equal(3, page.TotalCount);
    }

    [Fact]
    public async Task Error_EnvelopeWithCode_BecomesPermanentTtsException()
    {
        await using var server = await ScriptedHttpServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteAsync("""{"request_id":"req-7","code":"BadRequest.VoiceNotFound","message":"Voice 'nope' not found."}""");
        });
        using var http = new HttpClient();

        var ex = await Assert.ThrowsAsync<TtsException>(() =>
            new VoiceCustomizationClient(http, Options(server)).DeleteClonedVoiceAsync("nope", CancellationToken.None));

        Assert.Equal("BadRequest.VoiceNotFound", ex.Code);
        Assert.Equal(400, ex.HttpStatus);
        Assert.False(ex.IsRetryable);
        Assert.Contains("req-7", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400, "{}", false)]
    [InlineData(400, "", false)]
    [InlineData(502, "<html>bad gateway</html>", true)]
    public async Task Error_EmptyOrNonJsonBody_IsTolerated(int status, string body, bool retryable)
    {
        await using var server = await ScriptedHttpServer.StartAsync(async context =>
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsync(body);
        });
        using var http = new HttpClient();

        var ex = await Assert.ThrowsAsync<TtsException>(() =>
            new VoiceCustomizationClient(http, Options(server)).ListDesignedVoicesAsync(0, 10, CancellationToken.None));

        Assert.Null(ex.Code);
        Assert.Equal(status, ex.HttpStatus);
        Assert.Equal(retryable, ex.IsRetryable);
    }

    [Fact]
    public async Task Error_429WithRetryAfter_IsRetryableAndKeyIsRedacted()
    {
        await using var server = await ScriptedHttpServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "12";
            await context.Response.WriteAsync("""{"code":"Throttling","message":"slow down, sk-http"}""");
        });
        using var http = new HttpClient();

        var ex = await Assert.ThrowsAsync<TtsException>(() =>
            new VoiceCustomizationClient(http, Options(server)).QueryDesignedVoiceAsync("v", CancellationToken.None));

        Assert.True(ex.IsRetryable);
        Assert.Equal(TimeSpan.FromSeconds(12), ex.RetryAfter);
        Assert.DoesNotContain("sk-http", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateDesignedVoiceAsync_DecodesPreviewAndSendsParameters()
    {
        await using var server = await ScriptedHttpServer.StartAsync(context => context.Response.WriteAsync(
            """{"output":{"voice":"qwen-tts-vd-x-voice-20251201102800-a1b2","preview_audio":{"data":"AAEC","sample_rate":16000,"response_format":"pcm"},"target_model":"qwen3-tts-vd-realtime-2026-01-15"},"usage":{"count":1},"request_id":"r"}"""));
        using var http = new HttpClient();

        var created = await new VoiceCustomizationClient(http, Options(server)).CreateDesignedVoiceAsync(
            "qwen3-tts-vd-realtime-2026-01-15", "calm", "Hello there, listeners.", "x", "en", 16000, "pcm", CancellationToken.None);

        Assert.Equal([0, 1, 2], created.PreviewAudio.ToArray());
        Assert.Equal(16000, created.PreviewSampleRate);
        Assert.Equal("pcm", created.PreviewFormat);
        using var document = JsonDocument.Parse(server.Requests[0].Body);
        Assert.Equal("qwen-voice-design", document.RootElement.GetProperty("model").GetString());
        Assert.Equal(16000, document.RootElement.GetProperty("parameters").GetProperty("sample_rate").GetInt32());
        Assert.Equal("pcm", document.RootElement.GetProperty("parameters").GetProperty("response_format").GetString());
    }

    [Fact]
    public async Task Request_NothingListening_ThrowsRetryable()
    {
        using var http = new HttpClient();
        var options = new TtsClientOptions { ApiKey = "k", CustomizationUrl = new Uri("http://127.0.0.1:1/api/v1/services/audio/tts/customization") };

        var ex = await Assert.ThrowsAsync<TtsException>(() =>
            new VoiceCustomizationClient(http, options).ListClonedVoicesAsync(0, 10, CancellationToken.None));

        Assert.True(ex.IsRetryable);
    }

    private static TtsClientOptions Options(ScriptedHttpServer server) =>
        new() { ApiKey = "sk-http", Workspace = "ws-9", CustomizationUrl = server.Url };
}
