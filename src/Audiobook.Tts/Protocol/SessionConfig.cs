using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>The <c>session</c> object of <c>session.update</c> (client) and of <c>session.created</c>/<c>session.updated</c> (server).
/// Null fields are omitted on the wire; unknown fields are kept in <see cref="Extra"/> (docs/qwen-tts-protocol.md §3.1, §4.2–4.3).</summary>
public sealed record SessionConfig
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("object")] public string? ObjectType { get; init; }
    [JsonPropertyName("model")] public string? Model { get; init; }
    [JsonPropertyName("voice")] public string? Voice { get; init; }
    /// <summary><c>server_commit</c> (default) or <c>commit</c>; see <see cref="SessionModes"/>.</summary>
    [JsonPropertyName("mode")] public string? Mode { get; init; }
    [JsonPropertyName("language_type")] public string? LanguageType { get; init; }
    /// <summary><c>pcm</c>, <c>wav</c>, <c>mp3</c> or <c>opus</c>; see <see cref="AudioFormats"/>.</summary>
    [JsonPropertyName("response_format")] public string? ResponseFormat { get; init; }
    [JsonPropertyName("sample_rate")] public int? SampleRate { get; init; }
    [JsonPropertyName("speech_rate")] public double? SpeechRate { get; init; }
    [JsonPropertyName("volume")] public int? Volume { get; init; }
    [JsonPropertyName("pitch_rate")] public double? PitchRate { get; init; }
    [JsonPropertyName("bit_rate")] public int? BitRate { get; init; }
    [JsonPropertyName("instructions")] public string? Instructions { get; init; }
    [JsonPropertyName("optimize_instructions")] public bool? OptimizeInstructions { get; init; }
    [JsonPropertyName("enable_tn")] public bool? EnableTn { get; init; }
    [JsonExtensionData] public IDictionary<string, System.Text.Json.JsonElement>? Extra { get; init; }
}
