using Audiobook.Core.Books;
using Audiobook.Media.Encoding;

namespace Audiobook.Rendering.Tests.EndToEnd;

/// <summary>A chapter's MP3 and AAC encode at the same time.</summary>
public sealed class ConcurrentEncodeTests
{
    [Fact]
    public async Task RenderAsync_Mp3FailsWhileItsAacEncodes_ThrowsTheEncodingErrorNotTheCancellation()
    {
        await using var harness = await RenderHarness.StartAsync();
        // Only the MP3 carries the cover, so only its ffmpeg meets the unreadable picture; the AAC beside it is cancelled.
        var book = RenderHarness.SampleBook() with { Cover = new CoverImage("image/webp", new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }) };
        var output = harness.Output("bad-cover");

        var error = await Assert.ThrowsAsync<MediaEncodingException>(() => harness.RenderAsync(book, harness.Settings(output)));

        Assert.Contains(".mp3", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(output, "*.partial.*", SearchOption.AllDirectories));
    }
}
