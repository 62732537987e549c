namespace Audiobook.Jobs.Execution;

/// <summary>A failure that retrying cannot fix (an unknown voice, a bad key, an unreadable book): the render fails at
/// once with this one-line reason, and Hangfire does not retry the job.</summary>
public sealed class PermanentRenderException : Exception
{
    public PermanentRenderException()
    {
    }

    public PermanentRenderException(string message)
        : base(message)
    {
    }

    public PermanentRenderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
