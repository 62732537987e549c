using System.Text;
using System.Text.Json;
using Audiobook.Tts.Protocol;

namespace Audiobook.Tts.Tests.Protocol;

public sealed class ProtocolJsonTests
{
    private static readonly ResponseItem Item = new()
    {
        Id = "item_1", Status = "completed", Content = [new ContentPart { Type = "audio", Transcript = "" }],
    };

    public static TheoryData<string> EventNames() => new(AllEvents().Keys);

    [Theory]
    [MemberData(nameof(EventNames))]
    public void Serialize_EveryEventType_RoundTripsThroughParse(string type)
    {
        var original = AllEvents()[type];

        var json = ProtocolJson.Serialize(original);
        var parsed = ProtocolJson.Parse(json);

        Assert.Equal(original.GetType(), parsed.GetType());
        Assert.Equal(type, parsed.Type);
        Assert.Equal(original.EventId, parsed.EventId);
        Assert.Equal(Encoding.UTF8.GetString(json), Encoding.UTF8.GetString(ProtocolJson.Serialize(parsed)));
        using var document = JsonDocument.Parse(json);
        Assert.Equal(type, document.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void Serialize_SessionUpdate_UsesDocumentedWireNamesAndOmitsNulls()
    {
        var json = Encoding.UTF8.GetString(ProtocolJson.Serialize(new SessionUpdateEvent
        {
            EventId = "event_123",
            Session = new SessionConfig { Voice = "Cherry", Mode = SessionModes.Commit, SampleRate = 24000, SpeechRate = 1.5 },
        }));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(["event_id", "session", "type"], root.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("event_123", root.GetProperty("event_id").GetString());
        Assert.Equal("session.update", root.GetProperty("type").GetString());
        Assert.Equal(
            """{"voice":"Cherry","mode":"commit","sample_rate":24000,"speech_rate":1.5}""",
            root.GetProperty("session").GetRawText());
    }

    [Fact]
    public void Serialize_AppendWithChinese_KeepsTextReadable()
    {
        var json = Encoding.UTF8.GetString(ProtocolJson.Serialize(new InputTextBufferAppendEvent { EventId = "e", Text = "你好，我是通义千问。" }));

        Assert.Contains("你好，我是通义千问。", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownEventType_ReturnsUnknownEventWithRawJson()
    {
        var parsed = ProtocolJson.Parse("""{"event_id":"event_x","type":"response.text.delta","delta":"hi","extra":{"a":[1,2]}}"""u8);

        var unknown = Assert.IsType<UnknownEvent>(parsed);
        Assert.Equal("response.text.delta", unknown.Type);
        Assert.Equal("event_x", unknown.EventId);
        Assert.Equal("hi", unknown.Raw.GetProperty("delta").GetString());
    }

    [Fact]
    public void Parse_UnknownFields_AreIgnoredOrKeptInSessionExtra()
    {
        var parsed = ProtocolJson.Parse("""
            {"event_id":"event_a","type":"session.created","future_top_level":true,
             "session":{"object":"realtime.session","mode":"server_commit","model":"qwen3-tts-flash-realtime","voice":"Cherry",
                        "response_format":"pcm","sample_rate":24000,"id":"sess_Wf61YVPaIA3d1bPQTyWqE","future_field":{"x":1}}}
            """u8);

        var created = Assert.IsType<SessionCreatedEvent>(parsed);
        Assert.Equal("sess_Wf61YVPaIA3d1bPQTyWqE", created.Session.Id);
        Assert.Equal(24000, created.Session.SampleRate);
        Assert.NotNull(created.Session.Extra);
        Assert.Equal(1, created.Session.Extra!["future_field"].GetProperty("x").GetInt32());
    }

    [Fact]
    public void Parse_DocumentedResponseDone_ReadsUsageCharacters()
    {
        var parsed = ProtocolJson.Parse("""
            {"event_id":"event_1","type":"response.done",
             "response":{"id":"resp_1","object":"realtime.response","conversation_id":"","status":"completed",
               "modalities":["text","audio"],"voice":"Cherry",
               "output":[{"id":"item_1","object":"realtime.item","type":"message","status":"completed","role":"assistant",
                          "content":[{"type":"audio","transcript":""}]}],
               "usage":{"characters":25}}}
            """u8);

        var done = Assert.IsType<ResponseDoneEvent>(parsed);
        Assert.Equal(25, done.Response.Usage!.Characters);
        Assert.Equal("", done.Response.Output[0].Content[0].Transcript);
    }

    [Fact]
    public void Parse_ErrorWithOnlyMessage_LeavesOtherFieldsNull()
    {
        var parsed = ProtocolJson.Parse("""{"type":"error","error":{"message":"boom"}}"""u8);

        var error = Assert.IsType<ErrorEvent>(parsed);
        Assert.Equal("boom", error.Error.Message);
        Assert.Null(error.Error.Code);
        Assert.Equal("", error.EventId);
    }

    [Theory]
    [InlineData("""{"event_id":"e"}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"type":7}""")]
    public void Parse_NoStringType_Throws(string json)
    {
        Assert.ThrowsAny<JsonException>(() => ProtocolJson.Parse(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void NewEventId_HasSdkShapeAndIsUnique()
    {
        var a = ProtocolJson.NewEventId();
        var b = ProtocolJson.NewEventId();

        Assert.Matches("^event_[0-9a-f]{32}$", a);
        Assert.NotEqual(a, b);
    }

    private static Dictionary<string, RealtimeEvent> AllEvents() => new()
    {
        [EventTypes.SessionUpdate] = new SessionUpdateEvent
        {
            EventId = "event_1",
            Session = new SessionConfig
            {
                Voice = "Cherry", Mode = SessionModes.ServerCommit, LanguageType = "Chinese", ResponseFormat = AudioFormats.Pcm,
                SampleRate = 24000, SpeechRate = 1.0, Volume = 50, PitchRate = 1.0, BitRate = 128, Instructions = "calm",
                OptimizeInstructions = true, EnableTn = true,
            },
        },
        [EventTypes.InputTextBufferAppend] = new InputTextBufferAppendEvent { EventId = "event_2", Text = "你好 world" },
        [EventTypes.InputTextBufferCommit] = new InputTextBufferCommitEvent { EventId = "event_3" },
        [EventTypes.InputTextBufferClear] = new InputTextBufferClearEvent { EventId = "event_4" },
        [EventTypes.SessionFinish] = new SessionFinishEvent { EventId = "event_5" },
        [EventTypes.ResponseCancel] = new ResponseCancelEvent { EventId = "event_6" },
        [EventTypes.Error] = new ErrorEvent
        {
            EventId = "event_7",
            Error = new ErrorInfo { Type = "invalid_request_error", Code = "invalid_value", Message = "bad", Param = "voice", EventId = "event_1" },
        },
        [EventTypes.SessionCreated] = new SessionCreatedEvent
        {
            EventId = "event_8",
            Session = new SessionConfig
            {
                Id = "sess_1", ObjectType = "realtime.session", Model = "qwen3-tts-flash-realtime", Voice = "Cherry",
                Mode = SessionModes.ServerCommit, ResponseFormat = AudioFormats.Pcm, SampleRate = 24000,
            },
        },
        [EventTypes.SessionUpdated] = new SessionUpdatedEvent
        {
            EventId = "event_9",
            Session = new SessionConfig { Id = "sess_1", Voice = "Ethan", LanguageType = "Auto", Mode = SessionModes.Commit, SampleRate = 48000 },
        },
        [EventTypes.InputTextBufferCommitted] = new InputTextBufferCommittedEvent { EventId = "event_10", ItemId = "" },
        [EventTypes.InputTextBufferCleared] = new InputTextBufferClearedEvent { EventId = "event_11" },
        [EventTypes.ResponseCreated] = new ResponseCreatedEvent
        {
            EventId = "event_12", Response = new ResponseInfo { Id = "resp_1", Voice = "Cherry" },
        },
        [EventTypes.ResponseOutputItemAdded] = new ResponseOutputItemAddedEvent
        {
            EventId = "event_13", ResponseId = "resp_1", Item = new ResponseItem { Id = "item_1" },
        },
        [EventTypes.ResponseContentPartAdded] = new ResponseContentPartAddedEvent
        {
            EventId = "event_14", ResponseId = "resp_1", ItemId = "item_1",
        },
        [EventTypes.ResponseAudioDelta] = new ResponseAudioDeltaEvent
        {
            EventId = "event_15", ResponseId = "resp_1", ItemId = "item_1", Delta = Convert.ToBase64String(new byte[] { 1, 2, 3, 250 }),
        },
        [EventTypes.ResponseAudioDone] = new ResponseAudioDoneEvent { EventId = "event_16", ResponseId = "resp_1", ItemId = "item_1" },
        [EventTypes.ResponseContentPartDone] = new ResponseContentPartDoneEvent { EventId = "event_17", ResponseId = "resp_1", ItemId = "item_1" },
        [EventTypes.ResponseOutputItemDone] = new ResponseOutputItemDoneEvent { EventId = "event_18", ResponseId = "resp_1", Item = Item },
        [EventTypes.ResponseDone] = new ResponseDoneEvent
        {
            EventId = "event_19",
            Response = new ResponseInfo
            {
                Id = "resp_1", Status = "completed", Modalities = ["text", "audio"], Voice = "Cherry", Output = [Item],
                Usage = new Usage
                {
                    Characters = 25, TotalTokens = 67, InputTokens = 3, OutputTokens = 64,
                    InputTokensDetails = new TokenDetails { TextTokens = 3 }, OutputTokensDetails = new TokenDetails { TextTokens = 0, AudioTokens = 64 },
                },
            },
        },
        [EventTypes.SessionFinished] = new SessionFinishedEvent { EventId = "event_20" },
    };
}
