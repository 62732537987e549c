using System.Net.WebSockets;
using System.Text;
using Audiobook.Tts.Protocol;
using Microsoft.AspNetCore.Http;

namespace Audiobook.Tts.Tests.TestSupport;

/// <summary>The server end of one scripted connection: sends events (optionally fragmented into several frames) and reads client events.</summary>
internal sealed class ScriptedPeer(WebSocket socket, IHeaderDictionary requestHeaders)
{
    public IHeaderDictionary RequestHeaders { get; } = requestHeaders;

    public WebSocket Socket { get; } = socket;

    public Task SendAsync(RealtimeEvent e, int fragmentSize = int.MaxValue) => SendRawAsync(ProtocolJson.Serialize(e), fragmentSize);

    public async Task SendRawAsync(byte[] utf8, int fragmentSize = int.MaxValue)
    {
        for (var offset = 0; offset < utf8.Length || offset == 0; offset += fragmentSize)
        {
            var length = Math.Min(fragmentSize, utf8.Length - offset);
            var last = offset + length >= utf8.Length;
            await Socket.SendAsync(utf8.AsMemory(offset, length), WebSocketMessageType.Text, last, CancellationToken.None);
            if (last)
            {
                break;
            }
        }
    }

    public Task SendRawAsync(string json, int fragmentSize = int.MaxValue) => SendRawAsync(Encoding.UTF8.GetBytes(json), fragmentSize);

    public Task SendCreatedAsync() => SendAsync(new SessionCreatedEvent
    {
        EventId = ProtocolJson.NewEventId(),
        Session = new SessionConfig { Id = "sess_scripted", ObjectType = "realtime.session", Mode = SessionModes.ServerCommit, Voice = "Cherry" },
    });

    /// <summary>Reads the next client event; null when the client closed.</summary>
    public async Task<RealtimeEvent?> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await Socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return ProtocolJson.Parse(message.ToArray());
            }
        }
    }

    /// <summary>Reads client events until one of type <typeparamref name="T"/> arrives.</summary>
    public async Task<T> ExpectAsync<T>()
        where T : RealtimeEvent
    {
        while (true)
        {
            var next = await ReceiveAsync() ?? throw new InvalidOperationException($"The client closed while {typeof(T).Name} was expected.");
            if (next is T match)
            {
                return match;
            }
        }
    }

    /// <summary>Answers <c>session.update</c> with an echo that sets the mode.</summary>
    public async Task AcceptUpdateAsync()
    {
        var update = await ExpectAsync<SessionUpdateEvent>();
        await SendAsync(new SessionUpdatedEvent { EventId = ProtocolJson.NewEventId(), Session = update.Session with { Id = "sess_scripted" } });
    }

    /// <summary>One full 8-event response cycle with the given audio chunks.</summary>
    public async Task SendResponseAsync(string responseId, IEnumerable<byte[]> chunks, int characters, int fragmentSize = int.MaxValue, Func<Task>? afterFirstDelta = null, Func<Task>? beforeDone = null)
    {
        await SendAsync(new ResponseCreatedEvent { EventId = ProtocolJson.NewEventId(), Response = new ResponseInfo { Id = responseId } });
        await SendAsync(new ResponseOutputItemAddedEvent { EventId = ProtocolJson.NewEventId(), ResponseId = responseId, Item = new ResponseItem { Id = "item_1" } });
        await SendAsync(new ResponseContentPartAddedEvent { EventId = ProtocolJson.NewEventId(), ResponseId = responseId, ItemId = "item_1" });
        var first = true;
        foreach (var chunk in chunks)
        {
            await SendAsync(new ResponseAudioDeltaEvent { EventId = ProtocolJson.NewEventId(), ResponseId = responseId, ItemId = "item_1", Delta = Convert.ToBase64String(chunk) }, fragmentSize);
            if (first && afterFirstDelta is not null)
            {
                await afterFirstDelta();
            }

            first = false;
        }

        await SendAsync(new ResponseAudioDoneEvent { EventId = ProtocolJson.NewEventId(), ResponseId = responseId, ItemId = "item_1" });
        await SendAsync(new ResponseContentPartDoneEvent { EventId = ProtocolJson.NewEventId(), ResponseId = responseId, ItemId = "item_1" });
        await SendAsync(new ResponseOutputItemDoneEvent { EventId = ProtocolJson.NewEventId(), ResponseId = responseId, Item = new ResponseItem { Id = "item_1", Status = "completed" } });
        if (beforeDone is not null)
        {
            await beforeDone();
        }

        await SendAsync(new ResponseDoneEvent
        {
            EventId = ProtocolJson.NewEventId(),
            Response = new ResponseInfo { Id = responseId, Status = "completed", Usage = new Usage { Characters = characters } },
        });
    }
}
