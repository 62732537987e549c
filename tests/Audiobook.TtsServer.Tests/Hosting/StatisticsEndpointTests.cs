using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Audiobook.TtsServer.Tests.TestSupport;

namespace Audiobook.TtsServer.Tests.Hosting;

/// <summary><c>GET /stats</c> read over HTTP after driving the server through its real endpoints.</summary>
public sealed class StatisticsEndpointTests
{
    private const string FlashModel = "qwen3-tts-flash-realtime";
    private const string SnapshotModel = "qwen3-tts-flash-realtime-2025-11-27";
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task GetStats_AfterASessionAThrottleAndACustomizationCall_ReportsWhatTheServerSaw()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions
        {
            ApiKeys = ["sk-stats"],
            RateLimits = new RateLimitOptions { PerModel = new Dictionary<string, int> { [SnapshotModel] = 1 } },
        });
        var events = await TestServers.SynthesizeAsync(server, new { voice = "Cherry", mode = "commit" }, "Hello world. 你好。", FlashModel, "sk-stats");
        Assert.Equal(101, await RealtimeTestClient.TryConnectAsync(server, SnapshotModel, "sk-stats"));
        Assert.Equal(429, await RealtimeTestClient.TryConnectAsync(server, SnapshotModel, "sk-stats"));
        var (listStatus, _) = await new CustomizationTestClient(server).PostAsync(
            new { model = "qwen-voice-design", input = new { action = "list" } }, "sk-stats");
        await Wait.UntilAsync(() => server.Statistics.ActiveConnections == 0);

        var (status, stats) = await GetStatsAsync(server, "sk-stats");

        Assert.Equal("session.finished", events[^1].Type());
        Assert.Equal(200, listStatus);
        Assert.Equal(200, status);
        Assert.Equal(0, Read(stats, "connections_open"));
        Assert.Equal(2, Read(stats, "connections_total"));
        Assert.Equal(1, Read(stats, "responses_started"));
        Assert.Equal(1, Read(stats, "responses_completed"));
        Assert.Equal(12 + 6, Read(stats, "billed_characters")); // "Hello world." 12, " 你好。" 1 + 2 × 2 + 1
        Assert.Equal(1, Read(stats, "throttled"));
        Assert.Equal(0, Read(stats, "faults_injected"));
        Assert.Equal(0, Read(stats, "processes_running"));
        Assert.Equal(server.Statistics.AudioBytesSent, Read(stats, "audio_bytes_sent"));
        Assert.True(Read(stats, "audio_bytes_sent") > 0);
        var models = stats["models"]!.AsObject();
        Assert.Equal(["qwen-voice-design", FlashModel, SnapshotModel], models.Select(m => m.Key));
        AssertModel(models[FlashModel]!, requests: 1, connections: 1, responses: 1, throttled: 0);
        AssertModel(models[SnapshotModel]!, requests: 2, connections: 1, responses: 0, throttled: 1);
        AssertModel(models["qwen-voice-design"]!, requests: 1, connections: 0, responses: 0, throttled: 0);
    }

    [Fact]
    public async Task GetStats_SessionOpenAndFaultInjected_CountsThem()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions
        {
            RejectUnknownModels = false,
            Faults = new FaultInjectionOptions { ErrorEveryNthResponse = 1 },
        });
        Assert.Equal(101, await RealtimeTestClient.TryConnectAsync(server, "made-up-model-name"));
        await using var open = await RealtimeTestClient.ConnectAsync(server);
        await open.ReceiveUntilAsync("session.created");
        await open.AppendAsync("Hello there. ");
        await open.ReceiveUntilAsync("error");

        var (_, stats) = await GetStatsAsync(server, "test-key");

        Assert.Equal(1, Read(stats, "faults_injected"));
        Assert.Equal(1, Read(stats, "responses_failed"));
        Assert.Equal(2, Read(stats, "connections_total"));

        // Only catalog models get a row, so a client cannot grow the table with made-up names.
        Assert.Equal([FlashModel], stats["models"]!.AsObject().Select(m => m.Key));
    }

    [Fact]
    public async Task GetStats_WithoutTheKey_Http401()
    {
        await using var server = await TestServers.StartAsync(new LocalTtsServerOptions { ApiKeys = ["sk-stats"] });

        var (status, body) = await GetStatsAsync(server, apiKey: null);

        Assert.Equal(401, status);
        Assert.Equal("InvalidApiKey", body["code"]!.GetValue<string>());
    }

    private static async Task<(int Status, JsonObject Body)> GetStatsAsync(LocalTtsServer server, string? apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, server.StatisticsUri);
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        using var response = await Http.SendAsync(request);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static long Read(JsonObject stats, string name) => stats[name]!.GetValue<long>();

    private static void AssertModel(JsonNode model, long requests, long connections, long responses, long throttled)
    {
        Assert.Equal(requests, model["requests"]!.GetValue<long>());
        Assert.Equal(connections, model["connections"]!.GetValue<long>());
        Assert.Equal(responses, model["responses"]!.GetValue<long>());
        Assert.Equal(throttled, model["throttled"]!.GetValue<long>());
    }
}
