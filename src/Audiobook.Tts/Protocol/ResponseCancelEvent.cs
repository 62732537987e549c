using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Client event <c>response.cancel</c>.</summary>
public sealed record ResponseCancelEvent : RealtimeEvent
{
    public override string Type => EventTypes.ResponseCancel;
}
