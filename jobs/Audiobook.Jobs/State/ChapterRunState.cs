namespace Audiobook.Jobs.State;

/// <summary>A render chapter's state: waiting for a worker, being rendered by one, or finished one way or another.</summary>
public enum ChapterRunState
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}
