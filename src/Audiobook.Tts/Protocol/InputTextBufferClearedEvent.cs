using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Server event <c>input_text_buffer.cleared</c>.</summary>
public sealed record InputTextBufferClearedEvent : RealtimeEvent
{
    public override string Type => EventTypes.InputTextBufferCleared;
}
