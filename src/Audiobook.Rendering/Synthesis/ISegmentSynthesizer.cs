namespace Audiobook.Rendering.Synthesis;

/// <summary>Turns one segment's text into PCM written to <c>destination</c>. The seam between the render graph and
/// the TTS protocol: production uses <see cref="RealtimeSegmentSynthesizer"/>.</summary>
public interface ISegmentSynthesizer : IAsyncDisposable
{
    Task<SynthesisOutcome> SynthesizeAsync(string text, string languageType, Stream destination, CancellationToken cancellationToken);
}
