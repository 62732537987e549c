namespace Audiobook.Jobs.State;

/// <summary>The life of a render: <c>queued</c> (now) or <c>scheduled</c> (nightly batch) → <c>running</c> →
/// <c>succeeded</c> | <c>failed</c> | <c>cancelled</c>. Re-rendering chapters of a finished render makes it running again.</summary>
public enum RenderState
{
    Queued,
    Scheduled,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}
