using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Server event <c>input_text_buffer.committed</c>; <c>item_id</c> is an empty string in the documented example.</summary>
public sealed record InputTextBufferCommittedEvent : RealtimeEvent
{
    public override string Type => EventTypes.InputTextBufferCommitted;
    [JsonPropertyName("item_id")] public string ItemId { get; init; } = "";
}
