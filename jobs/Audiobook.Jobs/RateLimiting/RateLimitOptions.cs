using System.ComponentModel.DataAnnotations;

namespace Audiobook.Jobs.RateLimiting;

/// <summary>The request limit all workers share (bound from <c>RateLimit</c>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    /// <summary>Requests per minute per model and API key; null takes the model's documented limit, 0 turns the shared
    /// limit off (for a local engine without one).</summary>
    [Range(0, 100_000)]
    public int? RequestsPerMinute { get; init; }
}
