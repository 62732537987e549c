using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>The <c>type</c> strings of every client and server event (docs/qwen-tts-protocol.md §3–4).</summary>
public static class EventTypes
{
    public const string SessionUpdate = "session.update";
    public const string InputTextBufferAppend = "input_text_buffer.append";
    public const string InputTextBufferCommit = "input_text_buffer.commit";
    public const string InputTextBufferClear = "input_text_buffer.clear";
    public const string SessionFinish = "session.finish";
    public const string ResponseCancel = "response.cancel";

    public const string Error = "error";
    public const string SessionCreated = "session.created";
    public const string SessionUpdated = "session.updated";
    public const string InputTextBufferCommitted = "input_text_buffer.committed";
    public const string InputTextBufferCleared = "input_text_buffer.cleared";
    public const string ResponseCreated = "response.created";
    public const string ResponseOutputItemAdded = "response.output_item.added";
    public const string ResponseContentPartAdded = "response.content_part.added";
    public const string ResponseAudioDelta = "response.audio.delta";
    public const string ResponseAudioDone = "response.audio.done";
    public const string ResponseContentPartDone = "response.content_part.done";
    public const string ResponseOutputItemDone = "response.output_item.done";
    public const string ResponseDone = "response.done";
    public const string SessionFinished = "session.finished";
}
