namespace Audiobook.TtsServer.Synthesis;

/// <summary>espeak-ng or ffmpeg failed; the message names the program and ends with its stderr tail.</summary>
public sealed class SynthesisException : Exception
{
    public SynthesisException()
    {
    }

    public SynthesisException(string message)
        : base(message)
    {
    }

    public SynthesisException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
