using Audiobook.Jobs.Execution;
using Audiobook.Jobs.Ledger;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Telemetry;
using Audiobook.Media.Encoding;
using Audiobook.Rendering;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Audiobook.Jobs.Jobs;

/// <summary>The fan-in: once every chapter is done, muxes the M4B (a stream copy of the chapters' AAC, with chapter
/// marks, cover and tags), writes <c>manifest.json</c>, and marks the render succeeded. Idempotent: the mux is skipped
/// when the same chapters were already muxed, and a render that is not waiting for its assembly is left alone.</summary>
public sealed class AssembleBookJob(
    AudiobookDbContext db,
    PreparedBooks books,
    RenderSettingsFactory settingsFactory,
    RenderLedger renders,
    SynthesizerRegistry synthesizers,
    AudioEncoder encoder,
    TimeProvider timeProvider,
    ILogger<AssembleBookJob> logger)
{
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [5, 30, 120, 300, 600], ExceptOn = [typeof(PermanentRenderException)])]
    public async Task RunAsync(Guid renderId, CancellationToken cancellationToken)
    {
        using var scope = Log.RenderScope(logger, renderId);
        var render = await db.Renders.AsNoTracking().SingleOrDefaultAsync(r => r.Id == renderId, cancellationToken).ConfigureAwait(false);
        if (render is null || render.State != RenderState.Running || render.ChaptersPending != 0)
        {
            Log.NothingToAssemble(logger, renderId, render?.State.ToString() ?? "missing");
            return;
        }

        try
        {
            var book = await db.Books.AsNoTracking().SingleAsync(b => b.Id == render.BookId, cancellationToken).ConfigureAwait(false);
            var prepared = await books.GetAsync(book, cancellationToken).ConfigureAwait(false);
            var settings = settingsFactory.Create(render);
            var renderer = new BookRenderer(synthesizers.For(settings.Voice), encoder, timeProvider);
            var retries = await db.RenderChapters.Where(c => c.RenderId == renderId).SumAsync(c => c.Retries, cancellationToken).ConfigureAwait(false);
            var result = await renderer.AssembleBookAsync(prepared.Book, prepared.Chapters, settings, render.BilledCharacters, retries, cancellationToken).ConfigureAwait(false);
            ServiceMetrics.Written("book", new[] { result.M4bPath, result.EpubPath }.OfType<string>().ToList());
            var m4b = result.M4bPath is null ? null : Path.GetFileName(result.M4bPath);
            if (await renders.SucceedAsync(renderId, m4b, CancellationToken.None).ConfigureAwait(false))
            {
                Log.RenderSucceeded(logger, renderId, render.BilledCharacters);
            }
        }
        catch (Exception ex) when (FailureClassifier.IsPermanent(ex))
        {
            var reason = FailureClassifier.Describe(ex);
            await renders.FailAsync(renderId, reason, CancellationToken.None).ConfigureAwait(false);
            throw new PermanentRenderException(reason, ex);
        }
    }
}
