using Audiobook.Jobs.Execution;
using Audiobook.Jobs.Hosting;
using Audiobook.Jobs.Ledger;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Telemetry;
using Audiobook.Media.Encoding;
using Audiobook.Rendering;
using Hangfire;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Audiobook.Jobs.Jobs;

/// <summary>Synthesizes, assembles and encodes one chapter with the Rendering code and the shared segment cache.
/// Idempotent and resumable: it first claims the chapter (a finished chapter, or one a live worker owns, is a no-op),
/// every segment already in the cache is reused (a retry or a takeover after a crash pays only for what was in
/// flight), and only the claim's owner can mark it done. The chapter that finishes last enqueues the book's assembly.</summary>
public sealed class RenderChapterJob(
    AudiobookDbContext db,
    ChapterLedger chapters,
    JobScheduler scheduler,
    PreparedBooks books,
    RenderSettingsFactory settingsFactory,
    SynthesizerRegistry synthesizers,
    AudioEncoder encoder,
    WorkerIdentity worker,
    IOptions<JobsOptions> options,
    TimeProvider timeProvider,
    ILogger<RenderChapterJob> logger)
{
    /// <summary>Hangfire retries of a chapter after a transient failure (Polly has already retried each request).</summary>
    public const int RetryAttempts = 3;

    [AutomaticRetry(Attempts = RetryAttempts, DelaysInSeconds = [10, 60, 300], ExceptOn = [typeof(PermanentRenderException)], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(Guid renderId, int number, PerformContext? context, CancellationToken cancellationToken)
    {
        // Every line this run logs (ours, the ledger's, Hangfire's) carries the render and chapter for log search.
        using var scope = Log.ChapterScope(logger, renderId, number);
        var claim = await chapters.ClaimAsync(renderId, number, worker.Name, context?.BackgroundJob.Id, options.Value.ChapterStaleAfter, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            Log.NothingToClaim(logger, renderId, number);
            return;
        }

        Log.ChapterStarted(logger, renderId, number, claim.Attempt, worker.Name);
        var started = timeProvider.GetTimestamp();
        var outcomeName = "failed";
        ServiceMetrics.ChapterStarted();
        var progress = new ChapterProgressWriter(chapters, renderId, number, worker.Name, options.Value.ProgressInterval, timeProvider);
        try
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, progress.Stopped);
            var outcome = await RenderAsync(renderId, number, progress, stop.Token).ConfigureAwait(false);
            await progress.DisposeAsync().ConfigureAwait(false);
            if (await chapters.SucceedAsync(renderId, number, worker.Name, outcome, CancellationToken.None).ConfigureAwait(false))
            {
                scheduler.EnqueueAssembly(renderId);
            }

            outcomeName = "succeeded";
            Log.ChapterSucceeded(logger, renderId, number, outcome.BilledCharacters);
        }
        catch (OperationCanceledException) when (progress.WasStopped && !cancellationToken.IsCancellationRequested)
        {
            // The render was cancelled or failed elsewhere, or another worker took the chapter over: stop quietly.
            outcomeName = "stopped";
            await chapters.StoppedAsync(renderId, number, worker.Name, CancellationToken.None).ConfigureAwait(false);
            Log.ChapterStopped(logger, renderId, number);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The worker is stopping, or the job was deleted by a cancel. Stopping: hand the chapter back so another
            // worker can take it at once (Hangfire requeues the job); cached segments are kept.
            outcomeName = "stopped";
            if (await chapters.HandBackAsync(renderId, number, worker.Name, CancellationToken.None).ConfigureAwait(false))
            {
                outcomeName = "handed_back";
                Log.ChapterHandedBack(logger, renderId, number);
            }
            else
            {
                await chapters.StoppedAsync(renderId, number, worker.Name, CancellationToken.None).ConfigureAwait(false);
                Log.ChapterStopped(logger, renderId, number);
            }

            throw;
        }
        catch (Exception ex) when (FailureClassifier.IsPermanent(ex))
        {
            var reason = FailureClassifier.Describe(ex);
            await chapters.FailAsync(renderId, number, worker.Name, reason, CancellationToken.None).ConfigureAwait(false);
            Log.ChapterFailed(logger, renderId, number, reason);
            throw new PermanentRenderException(reason, ex);
        }
        catch (Exception ex)
        {
            var reason = FailureClassifier.Describe(ex);
            var retries = context?.GetJobParameter<int>("RetryCount") ?? RetryAttempts;
            if (retries >= RetryAttempts)
            {
                await chapters.FailAsync(renderId, number, worker.Name, $"after {retries + 1} attempts: {reason}", CancellationToken.None).ConfigureAwait(false);
                Log.ChapterFailed(logger, renderId, number, reason);
            }
            else
            {
                outcomeName = "retry";
                await chapters.RetryLaterAsync(renderId, number, worker.Name, reason, CancellationToken.None).ConfigureAwait(false);
                Log.ChapterWillRetry(logger, ex, renderId, number, retries + 1);
            }

            throw;
        }
        finally
        {
            await progress.DisposeAsync().ConfigureAwait(false);
            ServiceMetrics.ChapterEnded(outcomeName, timeProvider.GetElapsedTime(started));
        }
    }

    private async Task<ChapterOutcome> RenderAsync(Guid renderId, int number, ChapterProgressWriter progress, CancellationToken cancellationToken)
    {
        var render = await db.Renders.AsNoTracking().SingleAsync(r => r.Id == renderId, cancellationToken).ConfigureAwait(false);
        var book = await db.Books.AsNoTracking().SingleAsync(b => b.Id == render.BookId, cancellationToken).ConfigureAwait(false);
        var force = await db.RenderChapters.Where(c => c.RenderId == renderId && c.Number == number).Select(c => c.Force).SingleAsync(cancellationToken).ConfigureAwait(false);
        var prepared = await books.GetAsync(book, cancellationToken).ConfigureAwait(false);
        var settings = settingsFactory.Create(render, new HashSet<int> { number }) with { Force = force };
        var renderer = new BookRenderer(synthesizers.For(settings.Voice), encoder, timeProvider);
        var run = await renderer.RenderChaptersAsync(prepared.Book, prepared.Chapters, settings, progress, cancellationToken).ConfigureAwait(false);
        var state = run.Chapters.SingleOrDefault(c => c.Number == number)
            ?? throw new PermanentRenderException($"chapter {number} does not exist in the book any more");
        var files = new List<string>();
        files.AddRange(state.Mp3Parts.Count > 0 ? state.Mp3Parts : state.Mp3File is null ? [] : [state.Mp3File]);
        files.AddRange(state.CaptionParts.Count > 0 ? state.CaptionParts : [state.CaptionsFile]);
        ServiceMetrics.Written("chapter", files.Select(f => Path.Combine(settings.OutputDirectory, f)));
        var levels = new ChapterLevelsSummary(
            state.Levels.IntegratedLufs, state.Levels.TruePeakDbtp, state.Levels.RmsDb, state.Levels.NoiseFloorDb,
            state.Levels.GainDb, state.Levels.Pass, state.Levels.Failures);
        // Billed by this run (0 when every segment came from the cache or the chapter was already up to date).
        return new ChapterOutcome(run.Progress.BilledCharacters, run.Progress.Retries, state.DurationMs, files, levels);
    }
}
