namespace Audiobook.Rendering.Synthesis;

/// <summary>Grants permission for one request to the TTS service. In-process here; the service layer can plug in
/// a limiter shared by several machines (a PostgreSQL token bucket) behind the same seam.</summary>
public interface IRequestRateLimiter
{
    ValueTask AcquireAsync(CancellationToken cancellationToken);
}
