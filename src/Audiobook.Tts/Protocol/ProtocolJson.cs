using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Reads and writes realtime events as JSON text frames. Unknown event types become <see cref="UnknownEvent"/>;
/// unknown fields are ignored (or kept, for <see cref="SessionConfig"/>).</summary>
public static class ProtocolJson
{
    private static readonly FrozenDictionary<string, Type> EventTypesByName = new Dictionary<string, Type>
    {
        [EventTypes.SessionUpdate] = typeof(SessionUpdateEvent),
        [EventTypes.InputTextBufferAppend] = typeof(InputTextBufferAppendEvent),
        [EventTypes.InputTextBufferCommit] = typeof(InputTextBufferCommitEvent),
        [EventTypes.InputTextBufferClear] = typeof(InputTextBufferClearEvent),
        [EventTypes.SessionFinish] = typeof(SessionFinishEvent),
        [EventTypes.ResponseCancel] = typeof(ResponseCancelEvent),
        [EventTypes.Error] = typeof(ErrorEvent),
        [EventTypes.SessionCreated] = typeof(SessionCreatedEvent),
        [EventTypes.SessionUpdated] = typeof(SessionUpdatedEvent),
        [EventTypes.InputTextBufferCommitted] = typeof(InputTextBufferCommittedEvent),
        [EventTypes.InputTextBufferCleared] = typeof(InputTextBufferClearedEvent),
        [EventTypes.ResponseCreated] = typeof(ResponseCreatedEvent),
        [EventTypes.ResponseOutputItemAdded] = typeof(ResponseOutputItemAddedEvent),
        [EventTypes.ResponseContentPartAdded] = typeof(ResponseContentPartAddedEvent),
        [EventTypes.ResponseAudioDelta] = typeof(ResponseAudioDeltaEvent),
        [EventTypes.ResponseAudioDone] = typeof(ResponseAudioDoneEvent),
        [EventTypes.ResponseContentPartDone] = typeof(ResponseContentPartDoneEvent),
        [EventTypes.ResponseOutputItemDone] = typeof(ResponseOutputItemDoneEvent),
        [EventTypes.ResponseDone] = typeof(ResponseDoneEvent),
        [EventTypes.SessionFinished] = typeof(SessionFinishedEvent),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Options used for every event: omit nulls, keep non-ASCII text readable.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        // The overrides of RealtimeEvent.Type do not inherit its [JsonPropertyName("type")] (property attributes are not inherited
        // through reflection), so without a policy the discriminator goes out as "Type". Every other property names itself.
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Serializes an event (its runtime type decides the fields) to UTF-8 JSON.</summary>
    public static byte[] Serialize(RealtimeEvent realtimeEvent)
    {
        ArgumentNullException.ThrowIfNull(realtimeEvent);
        return JsonSerializer.SerializeToUtf8Bytes(realtimeEvent, realtimeEvent.GetType(), Options);
    }

    /// <summary>Parses one text frame. Throws <see cref="JsonException"/> when it is not a JSON object with a string <c>type</c>.</summary>
    public static RealtimeEvent Parse(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        using var document = JsonDocument.ParseValue(ref reader);
        return Parse(document.RootElement);
    }

    /// <summary>Parses one event from an already-parsed JSON object.</summary>
    public static RealtimeEvent Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("type", out var typeElement)
            || typeElement.ValueKind != JsonValueKind.String)
        {
            throw new JsonException("An event must be a JSON object with a string 'type'.");
        }

        var type = typeElement.GetString()!;
        if (EventTypesByName.TryGetValue(type, out var clrType))
        {
            return (RealtimeEvent)(root.Deserialize(clrType, Options)
                ?? throw new JsonException($"Event '{type}' is null."));
        }

        var eventId = root.TryGetProperty("event_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : "";
        return new UnknownEvent(type) { EventId = eventId, Raw = root.Clone() };
    }

    /// <summary>A new event id in the SDKs' style: <c>event_</c> + 32 hex digits.</summary>
    public static string NewEventId() => "event_" + Guid.NewGuid().ToString("N");
}
