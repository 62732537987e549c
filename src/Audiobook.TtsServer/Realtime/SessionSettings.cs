using Audiobook.Core.Text;
using Audiobook.Tts.Protocol;

namespace Audiobook.TtsServer.Realtime;

/// <summary>The effective session configuration: documented defaults (docs/qwen-tts-protocol.md §3.1) merged with accepted updates.</summary>
internal sealed record SessionSettings
{
    public required string Id { get; init; }
    public required string Model { get; init; }
    public string Voice { get; init; } = "Cherry";
    public string Mode { get; init; } = SessionModes.ServerCommit;
    public string LanguageType { get; init; } = LanguageTypes.Auto;
    public string ResponseFormat { get; init; } = AudioFormats.Pcm;
    public int SampleRate { get; init; } = 24000;
    public double SpeechRate { get; init; } = 1.0;
    public int Volume { get; init; } = 50;
    public double PitchRate { get; init; } = 1.0;
    public int BitRate { get; init; } = 128;
    public string? Instructions { get; init; }
    public bool? OptimizeInstructions { get; init; }
    public bool? EnableTn { get; init; }

    public bool IsCommitMode => string.Equals(Mode, SessionModes.Commit, StringComparison.Ordinal);

    /// <summary>The <c>session</c> of <c>session.created</c>: exactly the documented fields.</summary>
    public SessionConfig ToCreatedConfig() => new()
    {
        ObjectType = "realtime.session", Mode = Mode, Model = Model, Voice = Voice,
        ResponseFormat = ResponseFormat, SampleRate = SampleRate, Id = Id,
    };

    /// <summary>The <c>session</c> of <c>session.updated</c>: the documented fields plus every effective audio parameter.</summary>
    public SessionConfig ToUpdatedConfig() => new()
    {
        Id = Id, ObjectType = "realtime.session", Model = Model, Voice = Voice, LanguageType = LanguageType, Mode = Mode,
        ResponseFormat = ResponseFormat, SampleRate = SampleRate, SpeechRate = SpeechRate, Volume = Volume, PitchRate = PitchRate,
        BitRate = BitRate, Instructions = Instructions, OptimizeInstructions = OptimizeInstructions, EnableTn = EnableTn,
    };
}
