using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Server event <c>error</c>. After it the server usually closes the connection.</summary>
public sealed record ErrorEvent : RealtimeEvent
{
    public override string Type => EventTypes.Error;
    [JsonPropertyName("error")] public ErrorInfo Error { get; init; } = new();
}
