using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Client event <c>session.finish</c>.</summary>
public sealed record SessionFinishEvent : RealtimeEvent
{
    public override string Type => EventTypes.SessionFinish;
}
