using System.ComponentModel.DataAnnotations;

namespace Audiobook.TtsServer;

/// <summary>The per-model sliding-window request limit. On by default with the documented RPMs (180 for the qwen3 realtime models,
/// 10 for <c>qwen3-tts-flash-realtime-2025-09-18</c> and <c>qwen-tts-realtime*</c>; see <c>config/voices.json</c>).</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; init; } = true;

    public RequestUnit RequestUnit { get; init; } = RequestUnit.Connection;

    /// <summary>When set, replaces every model's documented limit (tests use a tiny value).</summary>
    [Range(1, 1_000_000)]
    public int? RequestsPerMinute { get; init; }

    /// <summary>Per-model replacements of the documented limit, by model name.</summary>
    public IReadOnlyDictionary<string, int> PerModel { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The sliding window length; the limit counts requests in the last <see cref="Window"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(1);
}
