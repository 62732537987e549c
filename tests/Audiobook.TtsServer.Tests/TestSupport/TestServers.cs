namespace Audiobook.TtsServer.Tests.TestSupport;

internal static class TestServers
{
    /// <summary>Starts a server on a free port; with <paramref name="timeProvider"/> (a <c>FakeTimeProvider</c>) the test moves the server's
    /// clock itself: idle timeouts, rate-limit windows and injected latency then happen when the test says, not after a real wait.</summary>
    public static Task<LocalTtsServer> StartAsync(LocalTtsServerOptions? options = null, TimeProvider? timeProvider = null) =>
        LocalTtsServer.StartAsync(options ?? new LocalTtsServerOptions(), timeProvider ?? TimeProvider.System, CancellationToken.None);

    /// <summary>Runs one whole commit-mode session (update, append, commit, finish) and returns every event until the close.</summary>
    public static async Task<List<System.Text.Json.Nodes.JsonObject>> SynthesizeAsync(
        LocalTtsServer server, object session, string text, string model = "qwen3-tts-flash-realtime", string apiKey = "test-key")
    {
        await using var client = await RealtimeTestClient.ConnectAsync(server, model, apiKey);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(session);
        var updated = await client.ReceiveAsync();
        if (updated?.Type() != "session.updated")
        {
            throw new InvalidOperationException("Expected session.updated, got " + updated?.ToJsonString());
        }

        await client.AppendAsync(text);
        await client.CommitAsync();
        await client.FinishAsync();
        return await client.ReceiveUntilClosedAsync();
    }
}
