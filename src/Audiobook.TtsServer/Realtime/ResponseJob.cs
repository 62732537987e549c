namespace Audiobook.TtsServer.Realtime;

/// <summary>One item of a session's strictly sequential work queue.</summary>
/// <param name="Text">Text to synthesize; null for a job that only acknowledges a commit or finishes the session.</param>
/// <param name="Committed">Send <c>input_text_buffer.committed</c> (for a client commit) right before this job's response.</param>
/// <param name="Finish">Send <c>session.finished</c> (and close) once everything before it is done.</param>
internal sealed record ResponseJob(string? Text, bool Committed, bool Finish = false)
{
    public static readonly ResponseJob FinishSession = new(null, false, true);
}
