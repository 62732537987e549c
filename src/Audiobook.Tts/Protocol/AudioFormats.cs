using System.Text.Json.Serialization;

namespace Audiobook.Tts.Protocol;

/// <summary>Values of <see cref="SessionConfig.ResponseFormat"/>.</summary>
public static class AudioFormats
{
    public const string Pcm = "pcm";
    public const string Wav = "wav";
    public const string Mp3 = "mp3";
    public const string Opus = "opus";
}
