using System.Diagnostics;
using Audiobook.TtsServer.Tests.TestSupport;

namespace Audiobook.TtsServer.Tests.Realtime;

public sealed class StreamingTests
{
    [Theory]
    [InlineData("pcm", 4)]
    [InlineData("mp3", 2)]
    public async Task LongCommit_FirstDeltaArrivesLongBeforeLast(string format, int factor)
    {
        await using var server = await TestServers.StartAsync();
        await using var client = await RealtimeTestClient.ConnectAsync(server);
        await client.ReceiveUntilAsync("session.created");
        await client.UpdateSessionAsync(new { voice = "Ethan", mode = "commit", sample_rate = 8000, response_format = format });
        await client.ReceiveUntilAsync("session.updated");
        await client.AppendAsync(string.Concat(Enumerable.Repeat("Streaming means the first audio leaves before the whole text is spoken. ", 100)));
        var clock = Stopwatch.StartNew();
        await client.CommitAsync();

        await client.ReceiveUntilAsync("response.audio.delta");
        var first = clock.Elapsed;
        var rest = await client.ReceiveUntilAsync("response.done");
        var last = clock.Elapsed;

        Assert.True(rest.Count(e => e.Type() == "response.audio.delta") > 100);
        Assert.True(first < last / factor, $"first delta at {first.TotalMilliseconds:F0} ms, done at {last.TotalMilliseconds:F0} ms");
    }
}
