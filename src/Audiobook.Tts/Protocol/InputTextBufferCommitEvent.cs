using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Client event <c>input_text_buffer.commit</c>.</summary>
public sealed record InputTextBufferCommitEvent : RealtimeEvent
{
    public override string Type => EventTypes.InputTextBufferCommit;
}
