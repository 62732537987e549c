namespace Audiobook.TtsServer;

/// <summary>What one "request" is for the per-model RPM limit (docs/qwen-tts-protocol.md §6: not documented for WebSocket models).</summary>
public enum RequestUnit
{
    /// <summary>Each WebSocket handshake; over the limit the upgrade gets HTTP 429 <c>Throttling.RateQuota</c>.</summary>
    Connection,

    /// <summary>Each response; over the limit the session gets an <c>error</c> event <c>Throttling.RateQuota</c> and is closed (1008).</summary>
    Response,
}
