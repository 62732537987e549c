namespace Audiobook.Rendering.Synthesis;

/// <summary>What one successful commit returned.</summary>
/// <param name="BilledCharacters">From <c>usage.characters</c> of <c>response.done</c> (0 when the model bills tokens).</param>
/// <param name="AudioBytes">PCM bytes written.</param>
/// <param name="FirstAudioDelay">Commit to first audio delta.</param>
/// <param name="Retries">Transient failures retried before this commit succeeded.</param>
public sealed record SynthesisOutcome(int BilledCharacters, long AudioBytes, TimeSpan FirstAudioDelay, int Retries = 0);
