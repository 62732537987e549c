using Audiobook.TtsServer.Tests.TestSupport;

namespace Audiobook.TtsServer.Tests.Customization;

public sealed class PersistenceTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tts-server-data-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Restart_SameDataDirectory_VoicesListedAndUsable()
    {
        string cloned, designed;
        var options = new LocalTtsServerOptions { DataDirectory = _directory };
        await using (var first = await TestServers.StartAsync(options))
        {
            var client = new CustomizationTestClient(first);
            cloned = await client.CloneAsync(await AudioTools.EspeakWavAsync("en-us+f2", 60, 175, "A sample that is long enough to count as speech for cloning purposes."), "keep");
            designed = (await client.DesignAsync("deep old man", "kept"))["output"]!["voice"]!.GetValue<string>();
        }

        Assert.True(File.Exists(Path.Combine(_directory, "custom-voices.json")));
        await using var second = await TestServers.StartAsync(options);
        var again = new CustomizationTestClient(second);

        var (_, clones) = await again.PostAsync(CustomizationTestClient.Enrollment("list", new { }));
        var (_, designs) = await again.PostAsync(CustomizationTestClient.Design("query", new { voice = designed }));
        Assert.Equal(cloned, clones["output"]!["voice_list"]![0]!["voice"]!.GetValue<string>());
        Assert.Equal("deep old man", designs["output"]!["voice_prompt"]!.GetValue<string>());
        var events = await TestServers.SynthesizeAsync(second, new { voice = cloned, mode = "commit" }, "Still here after a restart.", "qwen3-tts-vc-realtime-2026-01-15");
        Assert.Contains("response.done", events.Types());
    }

    [Fact]
    public async Task NoDataDirectory_VoicesGoneAfterRestart()
    {
        await using (var first = await TestServers.StartAsync())
        {
            var client = new CustomizationTestClient(first);
            await client.DesignAsync("calm woman", "gone");
        }

        await using var second = await TestServers.StartAsync();
        var again = new CustomizationTestClient(second);
        var (_, list) = await again.PostAsync(CustomizationTestClient.Design("list", new { }));
        Assert.Equal(0, list["output"]!["total_count"]!.GetValue<int>());
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
