using System.Threading.Channels;

namespace Audiobook.Tts.Realtime;

/// <summary>One expected or running response. Its audio goes to its own channel (commit-mode calls such as
/// <see cref="RealtimeSession.SynthesizeAsync"/>) or, when <see cref="Chunks"/> is null, to the session's shared response stream.</summary>
internal sealed class PendingResponse
{
    private PendingResponse(Channel<AudioChunk>? chunks, bool pooled, long? textSentAt)
    {
        Chunks = chunks;
        Pooled = pooled;
        TextSentAt = textSentAt;
    }

    /// <summary>Audio of this response for a single dedicated reader; null for responses read through the shared stream.</summary>
    public Channel<AudioChunk>? Chunks { get; }

    /// <summary>True when chunks are rented from the shared pool and the reader returns them.</summary>
    public bool Pooled { get; }

    /// <summary>Timestamp (<see cref="TimeProvider.GetTimestamp"/>) of the append that carried this response's text.</summary>
    public long? TextSentAt { get; }

    public TaskCompletionSource<SynthesisResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string ResponseId { get; set; } = "";

    public long? StartedAt { get; set; }

    public long? FirstAudioAt { get; set; }

    public long AudioBytes { get; set; }

    public static PendingResponse Dedicated(bool pooled, long textSentAt) =>
        new(Channel.CreateUnbounded<AudioChunk>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true }), pooled, textSentAt);

    public static PendingResponse Shared(long? textSentAt) => new(null, pooled: false, textSentAt);

    public void Fail(Exception exception)
    {
        Completion.TrySetException(exception);
        Chunks?.Writer.TryComplete();
    }
}
