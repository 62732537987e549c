using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Client event <c>input_text_buffer.append</c>.</summary>
public sealed record InputTextBufferAppendEvent : RealtimeEvent
{
    public override string Type => EventTypes.InputTextBufferAppend;
    [JsonPropertyName("text")] public string Text { get; init; } = "";
}
