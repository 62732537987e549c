namespace Audiobook.Tts;

/// <summary>One item of <see cref="RealtimeSession.ReadResponsesAsync"/>: a decoded audio chunk of a response, or (when
/// <see cref="Result"/> is set and <see cref="Audio"/> is empty) the end of that response. The caller owns <see cref="Audio"/>.</summary>
/// <param name="ResponseId">The server's <c>response.id</c>.</param>
/// <param name="Audio">Decoded audio in the session's <c>response_format</c>; empty on the end marker.</param>
public sealed record ResponseAudio(string ResponseId, ReadOnlyMemory<byte> Audio)
{
    /// <summary>Set on the last item of a response, after <c>response.done</c>.</summary>
    public SynthesisResult? Result { get; init; }

    /// <summary>True on the item that ends a response.</summary>
    public bool IsEnd => Result is not null;
}
