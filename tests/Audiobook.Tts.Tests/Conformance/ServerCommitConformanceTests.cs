using Audiobook.Tts.Catalog;
using Audiobook.Tts.Protocol;
using Audiobook.Tts.Tests.TestSupport;

namespace Audiobook.Tts.Tests.Conformance;

public sealed class ServerCommitConformanceTests(LocalServerFixture server) : IClassFixture<LocalServerFixture>, IDisposable
{
    private static readonly SessionConfig ServerCommit = new() { Voice = "Ethan", Mode = SessionModes.ServerCommit, ResponseFormat = AudioFormats.Pcm, SampleRate = 24000 };
    private readonly TempDirectory _files = new();

    [Fact]
    public async Task AppendTextAsync_StreamingTextIn_AudioComesOutPerSentenceBeforeFinish()
    {
        string[] pieces = ["The first sent", "ence is here. The second ", "one follows! 第三句话。", "And the last one has no end mark"];
        await using var session = await server.OpenAsync(LocalServerFixture.FlashModel, ServerCommit);
        var firstResponseEnded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = Task.Run(async () =>
        {
            var items = new List<ResponseAudio>();
            await foreach (var item in session.ReadResponsesAsync(CancellationToken.None))
            {
                items.Add(item);
                if (item.IsEnd)
                {
                    firstResponseEnded.TrySetResult();
                }
            }

            return items;
        });

        await session.AppendTextAsync(pieces[0], CancellationToken.None);
        await session.AppendTextAsync(pieces[1], CancellationToken.None);
        // Audio of the first sentence arrives while the text is still coming in.
        await firstResponseEnded.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await session.AppendTextAsync(pieces[2], CancellationToken.None);
        await session.AppendTextAsync(pieces[3], CancellationToken.None);
        await session.FinishAsync(CancellationToken.None);
        var items = await reading;

        var ends = items.Where(i => i.IsEnd).ToList();
        Assert.True(ends.Count >= 4, $"expected a response per sentence plus the flushed tail, got {ends.Count}");
        Assert.Equal(Audiobook.Core.Costs.BillingCounter.Count(string.Concat(pieces)), ends.Sum(e => e.Result!.Usage!.Characters));
        foreach (var end in ends)
        {
            var audio = items.Where(i => !i.IsEnd && i.ResponseId == end.ResponseId).SelectMany(i => i.Audio.ToArray()).ToArray();
            Assert.Equal(audio.Length, end.Result!.AudioBytes);
            var (_, pcm) = await AudioCheck.AnalyzeAsync(audio, AudioFormats.Pcm, 24000, _files);
            AudioCheck.AssertAudible(pcm, end.ResponseId);
        }

        Assert.False(session.IsOpen);
    }

    [Fact]
    public async Task FinishAsync_AfterSessionFinished_ConnectionIsClosedAndFurtherSendsFail()
    {
        await using var session = await server.OpenAsync(LocalServerFixture.FlashModel, ServerCommit);
        var reading = Task.Run(async () =>
        {
            var ends = 0;
            await foreach (var item in session.ReadResponsesAsync(CancellationToken.None))
            {
                ends += item.IsEnd ? 1 : 0;
            }

            return ends;
        });

        await session.AppendTextAsync("Only one sentence.", CancellationToken.None);
        await session.FinishAsync(CancellationToken.None);

        Assert.Equal(1, await reading);
        Assert.False(session.IsOpen);
        await Assert.ThrowsAnyAsync<Exception>(() => session.AppendTextAsync("too late", CancellationToken.None));
    }

    [Fact]
    public async Task ClearAsync_UncommittedText_IsDiscarded()
    {
        await using var session = await server.OpenAsync(LocalServerFixture.FlashModel, ServerCommit);
        var reading = Task.Run(async () =>
        {
            var items = new List<ResponseAudio>();
            await foreach (var item in session.ReadResponsesAsync(CancellationToken.None))
            {
                items.Add(item);
            }

            return items;
        });

        await session.AppendTextAsync("this text has no sentence end and will be cleared", CancellationToken.None);
        await session.ClearAsync(CancellationToken.None);
        await session.AppendTextAsync("Kept.", CancellationToken.None);
        await session.FinishAsync(CancellationToken.None);
        var items = await reading;

        var end = Assert.Single(items, i => i.IsEnd);
        Assert.Equal(5, end.Result!.Usage!.Characters);
    }

    public void Dispose() => _files.Dispose();
}
