using Audiobook.Tts.Catalog;
using Microsoft.Extensions.Options;

namespace Audiobook.TtsServer.RateLimiting;

/// <summary>Applies the per-model RPM (documented limit, or the configured replacement) for the configured <see cref="RequestUnit"/>;
/// the customization API is always limited per request.</summary>
internal sealed class ModelRateLimiter(IOptions<LocalTtsServerOptions> options, TimeProvider timeProvider, ServerStatistics statistics)
{
    private const int UnknownModelLimit = 180;
    private readonly SlidingWindowRateLimiter _limiter = new(timeProvider);

    /// <summary>True if the request may proceed. <paramref name="unit"/> null means "always counted" (customization requests).</summary>
    public bool TryAcquire(string model, RequestUnit? unit) => TryAcquire(model, unit, out _);

    /// <inheritdoc cref="TryAcquire(string, RequestUnit?)"/>
    public bool TryAcquire(string model, RequestUnit? unit, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        var settings = options.Value.RateLimits;
        if (!settings.Enabled || (unit is { } u && u != settings.RequestUnit))
        {
            return true;
        }

        var limit = settings.RequestsPerMinute
            ?? (settings.PerModel.TryGetValue(model, out var configured) ? configured : (int?)null)
            ?? TtsModelCatalog.Find(model)?.RequestsPerMinute
            ?? UnknownModelLimit;
        if (_limiter.TryAcquire(model, limit, settings.Window, out retryAfter))
        {
            return true;
        }

        statistics.ThrottledRequest(model);
        return false;
    }
}
