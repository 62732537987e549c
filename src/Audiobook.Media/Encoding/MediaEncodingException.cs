namespace Audiobook.Media.Encoding;

/// <summary>ffmpeg or ffprobe failed, or produced a file that does not verify. The message is one line;
/// <see cref="StandardErrorTail"/> holds the last lines the tool printed.</summary>
public sealed class MediaEncodingException : Exception
{
    public MediaEncodingException()
    {
    }

    public MediaEncodingException(string message)
        : base(message)
    {
    }

    public MediaEncodingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MediaEncodingException(string message, string standardErrorTail, int? exitCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StandardErrorTail = standardErrorTail;
        ExitCode = exitCode;
    }

    /// <summary>The last lines of the tool's standard error (empty when the failure was found afterwards).</summary>
    public string StandardErrorTail { get; } = "";

    /// <summary>The tool's exit code, when it exited with an error.</summary>
    public int? ExitCode { get; }
}
