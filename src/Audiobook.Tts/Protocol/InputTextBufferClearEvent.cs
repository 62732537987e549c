using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Client event <c>input_text_buffer.clear</c>.</summary>
public sealed record InputTextBufferClearEvent : RealtimeEvent
{
    public override string Type => EventTypes.InputTextBufferClear;
}
