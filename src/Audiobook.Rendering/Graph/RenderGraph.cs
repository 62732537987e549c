using System.Threading.Tasks.Dataflow;
using Audiobook.Rendering.Delivery;
using Audiobook.Rendering.Progress;

namespace Audiobook.Rendering.Graph;

/// <summary>The TPL Dataflow graph of one render:
/// segments → [synthesize or cache hit, N in parallel, order kept] → [assemble chapter PCM + meter, 1] → [master + encode, E].
/// Every block is bounded, so synthesis runs ahead of assembly by at most a few segments per worker and memory stays
/// flat; chapters encode while later chapters still synthesize. E chapters encode at once (E = the encoder's ffmpeg
/// processes), each with its deliverables side by side, so a chapter whose MP3 is done does not leave a core idle
/// while its AAC finishes. A fault anywhere faults the whole graph.</summary>
internal sealed class RenderGraph(
    SegmentRenderer segments, ChapterAssembler assembler, ChapterEncoder encoder, ProgressTracker progress, int concurrency, int encoders)
{
    public async Task<IReadOnlyList<ChapterState>> RunAsync(IReadOnlyList<ChapterPlan> chapters, CancellationToken cancellationToken)
    {
        using var failure = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = failure.Token;
        var finished = new List<ChapterState>();

        var synthesize = new TransformBlock<SegmentWork, SegmentAudio>(
            async work =>
            {
                var audio = await segments.RenderAsync(work, token).ConfigureAwait(false);
                progress.SegmentDone(audio);
                return audio;
            },
            new ExecutionDataflowBlockOptions
            {
                MaxDegreeOfParallelism = concurrency,
                BoundedCapacity = concurrency * 4,
                EnsureOrdered = true,
                CancellationToken = token,
            });

        var assemble = new TransformManyBlock<SegmentAudio, AssembledChapter>(
            async audio =>
            {
                var chapter = await assembler.AddAsync(audio, token).ConfigureAwait(false);
                return chapter is null ? [] : [chapter];
            },
            new ExecutionDataflowBlockOptions { MaxDegreeOfParallelism = 1, BoundedCapacity = 8, CancellationToken = token });

        var encode = new ActionBlock<AssembledChapter>(
            async chapter =>
            {
                var state = await encoder.EncodeAsync(chapter, token).ConfigureAwait(false);
                lock (finished)
                {
                    finished.Add(state);
                }

                progress.ChapterDone(state);
            },
            new ExecutionDataflowBlockOptions { MaxDegreeOfParallelism = encoders, BoundedCapacity = encoders + 1, CancellationToken = token });

        var link = new DataflowLinkOptions { PropagateCompletion = true };
        synthesize.LinkTo(assemble, link);
        assemble.LinkTo(encode, link);
        // Completion only flows forward: a fault downstream must also stop the producer (engineering notes §3).
        FaultUpstreamOnFailure(encode, failure, assemble, synthesize);
        FaultUpstreamOnFailure(assemble, failure, synthesize);
        FaultUpstreamOnFailure(synthesize, failure);

        try
        {
            foreach (var chapter in chapters)
            {
                for (var i = 0; i < chapter.Segments.Count; i++)
                {
                    var work = new SegmentWork(chapter, i, chapter.Segments[i], chapter.CacheKeys[i]);
                    if (!await synthesize.SendAsync(work, token).ConfigureAwait(false))
                    {
                        break;
                    }
                }
            }

            synthesize.Complete();
        }
        catch (OperationCanceledException)
        {
            synthesize.Complete();
        }

        try
        {
            await encode.Completion.ConfigureAwait(false);
        }
        catch (Exception) when (FirstFault(synthesize, assemble, encode) is { } cause)
        {
            // Surface the original failure (e.g. the TtsException), not the cancellation it caused elsewhere.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
            throw;
        }
        finally
        {
            await assembler.DisposeCurrentAsync().ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return finished;
    }

    private static void FaultUpstreamOnFailure(IDataflowBlock downstream, CancellationTokenSource failure, params IDataflowBlock[] upstream) =>
        downstream.Completion.ContinueWith(
            t =>
            {
                foreach (var block in upstream)
                {
                    block.Fault(t.Exception!.GetBaseException());
                }

                failure.Cancel();
            },
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

    private static Exception? FirstFault(params IDataflowBlock[] blocks) =>
        blocks
            .Select(b => b.Completion.Exception?.Flatten().InnerExceptions)
            .Where(e => e is not null)
            .SelectMany(e => e!)
            .FirstOrDefault(e => e is not OperationCanceledException);
}
