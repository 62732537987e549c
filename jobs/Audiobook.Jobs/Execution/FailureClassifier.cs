using Audiobook.Core.Lexicons;
using Audiobook.Ingest;
using Audiobook.Tts;

namespace Audiobook.Jobs.Execution;

/// <summary>Decides whether a job's failure is worth retrying, and says it in one line without secrets.</summary>
public static class FailureClassifier
{
    /// <summary>True for failures retrying cannot fix: a refused request (bad key, unknown voice or model), an
    /// unreadable book or lexicon, a render that asks for something that does not exist.</summary>
    public static bool IsPermanent(Exception exception) => exception switch
    {
        PermanentRenderException => true,
        TtsException tts => !tts.IsRetryable,
        BookFormatException or LexiconFormatException => true,
        FileNotFoundException => true,
        _ => false,
    };

    /// <summary>The exception's message on one line (TtsException already redacts keys from its messages).</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var kind = exception switch
        {
            TtsException tts when !tts.IsRetryable => "TTS service refused the request: ",
            TtsException => "TTS service kept failing: ",
            Media.Encoding.MediaEncodingException => "ffmpeg failed: ",
            _ => "",
        };
        var text = kind + string.Join(' ', exception.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return text.Length > 500 ? text[..500] + "…" : text;
    }
}
