using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>An event whose <c>type</c> this library does not know; kept whole so callers can still read it.</summary>
public sealed record UnknownEvent : RealtimeEvent
{
    private readonly string _type = "";

    public override string Type => _type;

    [JsonIgnore] public System.Text.Json.JsonElement Raw { get; init; }

    public UnknownEvent(string type) => _type = type;
}
