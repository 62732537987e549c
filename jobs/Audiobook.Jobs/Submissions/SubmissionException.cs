namespace Audiobook.Jobs.Submissions;

/// <summary>A request the service refuses, with a one-line reason for the user (a bad book, an unknown voice, a budget
/// that would be exceeded). <see cref="IsNotFound"/> marks a missing (or another publisher's) id: a 404, not a 400.</summary>
public sealed class SubmissionException : Exception
{
    public SubmissionException()
    {
    }

    public SubmissionException(string message)
        : base(message)
    {
    }

    public SubmissionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public bool IsNotFound { get; init; }

    public static SubmissionException NotFound(string what) => new($"{what} not found") { IsNotFound = true };
}
