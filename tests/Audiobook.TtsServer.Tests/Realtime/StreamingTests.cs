using Audiobook.TtsServer.Tests.TestSupport;

namespace Audiobook.TtsServer.Tests.Realtime;

public sealed class StreamingTests
{
    /// <summary>Streaming means the first delta leaves while espeak-ng is still speaking the text (and, for mp3, while ffmpeg still
    /// encodes): at the first delta every process of the response is still running. A server that synthesized the whole text before
    /// sending would have reaped espeak-ng by then.</summary>
    [Theory]
    [InlineData("pcm", 1)]
    [InlineData("mp3", 2)]
    public async Task LongCommit_FirstDeltaArrivesWhileSynthesisStillRuns(string format, int processesPerResponse)
    {
        await using var server = await TestServers.StartAsync();
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Ethan", mode = "commit", sample_rate = 8000, response_format = format });
        await client.ReceiveUntilAsync("session.updated");
        await client.AppendAsync(string.Concat(Enumerable.Repeat("Streaming means the first audio leaves before the whole text is spoken. ", 100)));
        await client.CommitAsync();

        await client.ReceiveUntilAsync("response.audio.delta");
        var runningAtFirstDelta = server.Statistics.ProcessesRunning;
        var rest = await client.ReceiveUntilAsync("response.done");

        Assert.Equal(processesPerResponse, runningAtFirstDelta);
        Assert.True(rest.Count(e => e.Type() == "response.audio.delta") > 100);
        Assert.Equal(processesPerResponse, server.Statistics.ProcessesStarted);
    }
}
