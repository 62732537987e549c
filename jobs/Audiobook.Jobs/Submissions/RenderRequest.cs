using Audiobook.Jobs.State;

namespace Audiobook.Jobs.Submissions;

/// <summary>What a publisher asks for when submitting a render (the CLI's <c>submit</c>, the dashboard, the REST API).</summary>
public sealed record RenderRequest
{
    public required Guid BookId { get; init; }

    public string Model { get; init; } = "qwen3-tts-flash-realtime";

    /// <summary>A system voice of the model, or one of the publisher's cloned or designed voices; null takes the model's first.</summary>
    public string? Voice { get; init; }

    public double SpeechRate { get; init; } = 1.0;

    public double PitchRate { get; init; } = 1.0;

    public int Volume { get; init; } = 50;

    public string? Instructions { get; init; }

    public string Profile { get; init; } = "audiobook";

    public string Formats { get; init; } = "m4b,mp3";

    public string Region { get; init; } = "cn";

    public RenderSchedule Schedule { get; init; } = RenderSchedule.Now;

    /// <summary><c>user:&lt;id&gt;</c>, <c>token:&lt;id&gt;</c> or <c>cli</c>.</summary>
    public string CreatedBy { get; init; } = "cli";
}
