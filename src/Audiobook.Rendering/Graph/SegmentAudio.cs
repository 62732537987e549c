namespace Audiobook.Rendering.Graph;

/// <summary>A segment whose audio is in the cache at <see cref="Path"/>.</summary>
/// <param name="Work">The segment.</param>
/// <param name="Path">The cache file (PCM s16le mono).</param>
/// <param name="FromCache">True when no synthesis was needed.</param>
/// <param name="BilledCharacters">Characters billed for this render (0 on a cache hit).</param>
/// <param name="Suspicious">Why the audio still looks wrong after a redo, or null.</param>
/// <param name="Retries">Transient TTS failures retried while synthesizing it.</param>
internal sealed record SegmentAudio(SegmentWork Work, string Path, bool FromCache, int BilledCharacters, string? Suspicious, int Retries = 0);
