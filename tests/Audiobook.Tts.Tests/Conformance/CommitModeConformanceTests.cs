using Audiobook.Tts.Protocol;
using Audiobook.Tts.Tests.TestSupport;

namespace Audiobook.Tts.Tests.Conformance;

public sealed class CommitModeConformanceTests(LocalServerFixture server) : IClassFixture<LocalServerFixture>, IDisposable
{
    private readonly TempDirectory _files = new();

    [Fact]
    public async Task SynthesizeAsync_SeveralCommitsOnOneSession_EachGetsItsAudioAndBilledCharacters()
    {
        (string Text, int Characters)[] commits =
        [
            ("Hello world.", 12),
            ("你好，世界。", 10), // 4 汉字 × 2 + 2 full-width punctuation × 1 (§9)
            ("The third commit is a little longer than the others.", 52),
        ];
        await using var session = await server.OpenAsync(LocalServerFixture.FlashModel, LocalServerFixture.Commit());

        var results = new List<SynthesisResult>();
        foreach (var (text, characters) in commits)
        {
            using var audio = new MemoryStream();
            var result = await session.SynthesizeAsync(text, audio, CancellationToken.None);
            results.Add(result);

            Assert.Equal(characters, result.Usage?.Characters);
            Assert.Equal(audio.Length, result.AudioBytes);
            Assert.True(result.FirstAudioDelay <= result.Elapsed);
            var (_, pcm) = await AudioCheck.AnalyzeAsync(audio.ToArray(), AudioFormats.Pcm, 24000, _files);
            AudioCheck.AssertAudible(pcm, text);
        }

        Assert.True(session.IsOpen);
        Assert.Equal(3, session.CompletedResponses);
        Assert.Equal(commits.Sum(c => c.Characters), session.Metrics.BilledCharacters);
        Assert.Equal(results.Select(r => r.ResponseId), session.Metrics.Responses.Select(r => r.ResponseId));
        Assert.Equal(3, results.Select(r => r.ResponseId).Distinct().Count());
        Assert.NotNull(session.Metrics.FirstAudioDelay);
        Assert.StartsWith("sess_", session.SessionId, StringComparison.Ordinal);
        Assert.Equal(SessionModes.Commit, session.Session.Mode);
    }

    [Fact]
    public async Task SynthesizeAsync_CommitsQueuedWithoutWaiting_AreAnsweredInOrder()
    {
        string[] texts = ["One.", "This second sentence is clearly much longer than the first one was.", "Three, three."];
        await using var session = await server.OpenAsync(LocalServerFixture.FlashModel, LocalServerFixture.Commit());

        var calls = texts.Select(async text =>
        {
            using var audio = new MemoryStream();
            var result = await session.SynthesizeAsync(text, audio, CancellationToken.None);
            return (Text: text, Result: result, Bytes: audio.Length);
        }).ToList();
        var done = await Task.WhenAll(calls);

        Assert.All(done, d => Assert.Equal(d.Text.Length, d.Result.Usage?.Characters));
        Assert.True(done[1].Bytes > 2 * done[0].Bytes, "the long commit should carry the most audio");
        Assert.True(done[1].Bytes > done[2].Bytes);
        Assert.Equal(done.Select(d => d.Result.ResponseId), session.Metrics.Responses.Select(r => r.ResponseId));
    }

    [Fact]
    public async Task StreamAsync_CommitMode_YieldsTheResponseAudio()
    {
        await using var session = await server.OpenAsync(LocalServerFixture.FlashModel, LocalServerFixture.Commit(format: AudioFormats.Pcm, sampleRate: 16000));

        using var audio = new MemoryStream();
        var chunks = 0;
        await foreach (var chunk in session.StreamAsync("Streaming keeps the audio flowing.", CancellationToken.None))
        {
            chunks++;
            audio.Write(chunk.Span);
        }

        Assert.True(chunks > 1);
        Assert.Equal(audio.Length, session.LastResult!.AudioBytes);
        var (_, pcm) = await AudioCheck.AnalyzeAsync(audio.ToArray(), AudioFormats.Pcm, 16000, _files);
        AudioCheck.AssertAudible(pcm, "stream");
    }

    [Fact]
    public async Task CommitAsync_ManualAppendAndCommit_ArrivesThroughReadResponses()
    {
        await using var session = await server.OpenAsync(LocalServerFixture.FlashModel, LocalServerFixture.Commit());

        await session.AppendTextAsync("Manual ", CancellationToken.None);
        await session.AppendTextAsync("commit.", CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
        ResponseAudio? end = null;
        long bytes = 0;
        await foreach (var item in session.ReadResponsesAsync(CancellationToken.None))
        {
            bytes += item.Audio.Length;
            if (item.IsEnd)
            {
                end = item;
                break;
            }
        }

        Assert.NotNull(end);
        Assert.Equal(14, end!.Result!.Usage?.Characters);
        Assert.Equal(bytes, end.Result.AudioBytes);
        Assert.True(bytes > 0);
    }

    [Fact]
    public async Task CancelResponseAsync_DuringALongResponse_EndsItAsCancelledAndSessionGoesOn()
    {
        var longText = string.Concat(Enumerable.Repeat("This long paragraph keeps the synthesizer busy for a good while. ", 400));
        await using var session = await server.OpenAsync(LocalServerFixture.FlashModel, LocalServerFixture.Commit());
        var firstChunk = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        long bytes = 0;

        var streaming = Task.Run(async () =>
        {
            await foreach (var chunk in session.StreamAsync(longText, CancellationToken.None))
            {
                bytes += chunk.Length;
                firstChunk.TrySetResult();
            }
        });
        await firstChunk.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await session.CancelResponseAsync(CancellationToken.None);
        await streaming;

        Assert.Equal("cancelled", session.LastResult!.Status);
        Assert.Equal(bytes, session.LastResult.AudioBytes);
        Assert.True(bytes < longText.Length / 14.0 * 24000 * 2, "a cancelled response should stop well before the end");
        Assert.True(session.IsOpen);
        var next = await LocalServerFixture.SynthesizeAsync(session, "Still here.");
        Assert.NotEmpty(next);
    }

    public void Dispose() => _files.Dispose();
}
