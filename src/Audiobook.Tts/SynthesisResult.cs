using Audiobook.Tts.Protocol;

namespace Audiobook.Tts;

/// <summary>The outcome of one response (one commit in commit mode).</summary>
/// <param name="ResponseId">The server's <c>response.id</c>.</param>
/// <param name="Usage">The billed usage from <c>response.done</c> (characters for qwen3 models, tokens for qwen-tts-realtime).</param>
/// <param name="AudioBytes">Decoded audio bytes received for this response.</param>
/// <param name="FirstAudioDelay">From the moment this response's text was sent (or, if it was queued behind an earlier response, from that
/// response's <c>response.done</c>) to its first <c>response.audio.delta</c>. Equals <paramref name="Elapsed"/> when no audio came.</param>
/// <param name="Elapsed">From the same starting point to <c>response.done</c>.</param>
public sealed record SynthesisResult(string ResponseId, Usage? Usage, long AudioBytes, TimeSpan FirstAudioDelay, TimeSpan Elapsed)
{
    /// <summary>The <c>response.status</c> of <c>response.done</c>: <c>completed</c>, or <c>cancelled</c>/<c>incomplete</c> after <c>response.cancel</c>.</summary>
    public string Status { get; init; } = "completed";
}
