using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Server event <c>response.audio.done</c>.</summary>
public sealed record ResponseAudioDoneEvent : ResponseContentEvent
{
    public override string Type => EventTypes.ResponseAudioDone;
}
