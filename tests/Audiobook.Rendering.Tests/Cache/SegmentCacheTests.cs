using Audiobook.Core.Segmentation;
using Audiobook.Core.Voices;
using Audiobook.Rendering.Cache;

namespace Audiobook.Rendering.Tests.Cache;

public sealed class SegmentCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "segcache-" + Guid.NewGuid().ToString("N"));

    private static Segment Seg(string text, string lang = "English") => new(0, 0, 0, text, lang, PauseKind.Sentence, "k");

    [Fact]
    public void For_SameInputs_SameKey_AndEveryInputChangesIt()
    {
        var voice = new VoiceSettings("qwen3-tts-flash-realtime", "Cherry");
        var key = SegmentCacheKey.For(Seg("Hello."), voice, "pcm@24000");
        Assert.Equal(key, SegmentCacheKey.For(Seg("Hello."), voice, "pcm@24000"));
        Assert.NotEqual(key, SegmentCacheKey.For(Seg("Hello!"), voice, "pcm@24000"));
        Assert.NotEqual(key, SegmentCacheKey.For(Seg("Hello.", "Auto"), voice, "pcm@24000"));
        Assert.NotEqual(key, SegmentCacheKey.For(Seg("Hello."), voice with { Voice = "Ethan" }, "pcm@24000"));
        Assert.NotEqual(key, SegmentCacheKey.For(Seg("Hello."), voice with { SpeechRate = 1.1 }, "pcm@24000"));
        Assert.NotEqual(key, SegmentCacheKey.For(Seg("Hello."), voice with { Model = "qwen3-tts-flash-realtime-2025-11-27" }, "pcm@24000"));
        Assert.NotEqual(key, SegmentCacheKey.For(Seg("Hello."), voice, "pcm@16000"));
    }

    [Fact]
    public async Task BeginWrite_NotCommitted_LeavesNothing()
    {
        var cache = new SegmentCache(_root);
        var key = new string('a', 64);
        await using (var writer = cache.BeginWrite(key))
        {
            await writer.Stream.WriteAsync(new byte[] { 1, 2, 3, 4 });
            Assert.False(cache.TryGet(key, out _));
        }

        Assert.False(cache.TryGet(key, out _));
        Assert.Empty(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task BeginWrite_Committed_IsFoundWithItsBytes()
    {
        var cache = new SegmentCache(_root);
        var key = new string('b', 64);
        await using (var writer = cache.BeginWrite(key))
        {
            await writer.Stream.WriteAsync(new byte[] { 1, 2, 3, 4 });
            await writer.CommitAsync(CancellationToken.None);
        }

        Assert.True(cache.TryGet(key, out var path));
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, await File.ReadAllBytesAsync(path));
        cache.Evict(key);
        Assert.False(cache.TryGet(key, out _));
    }

    [Fact]
    public void PathFor_RejectsKeysThatCouldEscapeTheRoot() =>
        Assert.Throws<ArgumentException>(() => new SegmentCache(_root).PathFor("../../etc/passwd"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
