namespace Audiobook.Jobs.State;

/// <summary>The kinds of <see cref="RenderEvent"/>.</summary>
public static class RenderEventKinds
{
    public const string Submitted = "render.submitted";
    public const string Scheduled = "render.scheduled";
    public const string Started = "render.started";
    public const string Planned = "render.planned";
    public const string Succeeded = "render.succeeded";
    public const string Failed = "render.failed";
    public const string Cancelled = "render.cancelled";
    public const string Rerender = "render.rerender";
    public const string AssemblyEnqueued = "render.assembly-enqueued";
    public const string ChapterStarted = "chapter.started";
    public const string ChapterEncoded = "chapter.encoded";
    public const string ChapterSucceeded = "chapter.succeeded";
    public const string ChapterFailed = "chapter.failed";
    public const string ChapterRetry = "chapter.retry";
    public const string ChapterHandedBack = "chapter.handed-back";
    public const string ChapterStopped = "chapter.stopped";
}
