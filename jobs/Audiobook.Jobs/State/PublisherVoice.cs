namespace Audiobook.Jobs.State;

/// <summary>A cloned or designed voice created through the customization API; it belongs to one publisher.</summary>
public sealed class PublisherVoice
{
    public Guid Id { get; init; }

    public Guid PublisherId { get; init; }

    /// <summary>The target model the voice was made for.</summary>
    public required string Model { get; init; }

    /// <summary>The service's voice id, passed as <c>voice</c> in <c>session.update</c>.</summary>
    public required string VoiceId { get; init; }

    /// <summary><c>clone</c> or <c>design</c>.</summary>
    public required string Kind { get; init; }

    public required string DisplayName { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
