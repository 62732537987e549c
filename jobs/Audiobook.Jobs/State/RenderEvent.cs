namespace Audiobook.Jobs.State;

/// <summary>An append-only record of what happened to a render (submitted, planned, chapter started/finished/failed,
/// retried, cancelled, assembled), for the dashboard's history and for audits. Never updated.</summary>
public sealed class RenderEvent
{
    public long Id { get; init; }

    public Guid RenderId { get; init; }

    public int? ChapterNumber { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>A dotted kind such as <c>chapter.succeeded</c>; see <see cref="RenderEventKinds"/>.</summary>
    public required string Kind { get; init; }

    public string? Message { get; init; }

    public string? Worker { get; init; }
}
