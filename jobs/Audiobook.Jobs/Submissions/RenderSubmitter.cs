using System.Globalization;
using Audiobook.Core.Costs;
using Audiobook.Jobs.Execution;
using Audiobook.Core.Regions;
using Audiobook.Jobs.Hosting;
using Audiobook.Jobs.Jobs;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Storage;
using Audiobook.Tts.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Audiobook.Jobs.Submissions;

/// <summary>Checks a render request before anything is spent (the book is the publisher's, the model, voice, profile,
/// formats and region exist, the publisher's monthly budget and the nightly budget can take it), records the render,
/// and enqueues its plan now or leaves it for the nightly batch. Every refusal is one line.</summary>
public sealed class RenderSubmitter(
    AudiobookDbContext db,
    JobScheduler scheduler,
    PriceLookup prices,
    IOptions<NightlyOptions> nightly,
    TimeProvider timeProvider)
{
    public async Task<Render> SubmitAsync(Guid publisherId, RenderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var book = await db.Books.AsNoTracking().SingleOrDefaultAsync(b => b.Id == request.BookId && b.PublisherId == publisherId, cancellationToken).ConfigureAwait(false)
            ?? throw SubmissionException.NotFound($"book {request.BookId}");
        var (model, region, price) = await prices.FindAsync(request.Model, request.Region, cancellationToken).ConfigureAwait(false);
        var voice = request.Voice ?? (model.SystemVoices.Count > 0 ? model.SystemVoices[0].Name
            : throw new SubmissionException($"model '{model.Name}' has no system voices: name a cloned or designed voice"));
        var own = await db.PublisherVoices.AnyAsync(v => v.PublisherId == publisherId && v.VoiceId == voice && v.Model == model.Name, cancellationToken).ConfigureAwait(false);
        if (!own && !TtsModelCatalog.IsSystemVoice(model.Name, voice))
        {
            throw new SubmissionException($"unknown voice '{voice}' for model {model.Name}");
        }

        CheckRange(request.SpeechRate, 0.5, 2.0, "speech rate");
        CheckRange(request.PitchRate, 0.5, 2.0, "pitch rate");
        CheckRange(request.Volume, 0, 100, "volume");
        try
        {
            RenderSettingsFactory.ProfileOf(request.Profile);
            RenderSettingsFactory.FormatsOf(request.Formats);
        }
        catch (PermanentRenderException ex)
        {
            throw new SubmissionException(ex.Message, ex);
        }

        var estimate = book.BilledCharacters;
        if (request.Schedule == RenderSchedule.Nightly && estimate > nightly.Value.BudgetCharacters)
        {
            throw new SubmissionException(string.Create(CultureInfo.InvariantCulture,
                $"the book needs {estimate:N0} billed characters, more than a whole night's budget of {nightly.Value.BudgetCharacters:N0}: submit it to run now"));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var budget = await db.Publishers.Where(p => p.Id == publisherId).Select(p => p.MonthlyBudgetCharacters).SingleAsync(cancellationToken).ConfigureAwait(false);
        if (budget is { } limit)
        {
            // Two submissions of a publisher with a budget take turns, so together they cannot overrun it. Without a
            // budget there is nothing to overrun, and a burst of submissions (50 at once over the API) runs side by side.
            var lockKey = publisherId.ToString();
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({lockKey}, 0))", cancellationToken).ConfigureAwait(false);
            await CheckMonthlyBudgetAsync(publisherId, limit, estimate, cancellationToken).ConfigureAwait(false);
        }

        var now = timeProvider.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var render = new Render
        {
            Id = id,
            PublisherId = publisherId,
            BookId = book.Id,
            Model = model.Name,
            Voice = voice,
            SpeechRate = request.SpeechRate,
            PitchRate = request.PitchRate,
            Volume = request.Volume,
            Instructions = request.Instructions,
            Profile = request.Profile.ToLowerInvariant(),
            Formats = request.Formats.ToLowerInvariant(),
            Region = ServiceRegions.PriceKey(region),
            LexiconVersion = book.LexiconVersion,
            Schedule = request.Schedule,
            State = request.Schedule == RenderSchedule.Nightly ? RenderState.Scheduled : RenderState.Queued,
            CreatedBy = request.CreatedBy,
            CreatedAt = now,
            EstimatedBilledCharacters = estimate,
            PricePerTenThousand = price.PerTenThousandCharacters ?? 0m,
            Currency = price.Currency,
            OutputKey = StorageKeys.RenderFolder(id),
        };
        db.Renders.Add(render);
        db.RenderEvents.Add(new RenderEvent
        {
            RenderId = id,
            At = now,
            Kind = request.Schedule == RenderSchedule.Nightly ? RenderEventKinds.Scheduled : RenderEventKinds.Submitted,
            Message = $"by {request.CreatedBy}",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (render.State == RenderState.Queued)
        {
            scheduler.EnqueuePlan(id);
        }

        return render;
    }

    /// <summary>Refuses a render that would take the publisher past its monthly budget: finished renders count what they
    /// were billed, unfinished ones their full estimate (nothing from the cache assumed).</summary>
    private async Task CheckMonthlyBudgetAsync(Guid publisherId, long budget, long estimate, CancellationToken cancellationToken)
    {
        var used = await MonthlyUsage.CharactersAsync(db, publisherId, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (used + estimate > budget)
        {
            throw new SubmissionException(string.Create(CultureInfo.InvariantCulture,
                $"monthly budget exceeded: {used:N0} of {budget:N0} billed characters used or committed this month, and this render needs up to {estimate:N0}"));
        }
    }

    private static void CheckRange(double value, double min, double max, string name)
    {
        if (value < min || value > max || double.IsNaN(value))
        {
            throw new SubmissionException(string.Create(CultureInfo.InvariantCulture, $"{name} must be from {min} to {max}, not {value}"));
        }
    }
}
