using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Server event <c>session.finished</c>: all audio has been sent; the server closes next.</summary>
public sealed record SessionFinishedEvent : RealtimeEvent
{
    public override string Type => EventTypes.SessionFinished;
}
