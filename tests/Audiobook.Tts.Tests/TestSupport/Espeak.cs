using System.Globalization;

namespace Audiobook.Tts.Tests.TestSupport;

/// <summary>Real espeak-ng speech for voice-clone samples, converted by ffmpeg to 24 kHz mono 16-bit WAV.</summary>
internal static class Espeak
{
    public static async Task<byte[]> SpeakWavAsync(string text, int pitch, string directory, string voice = "en")
    {
        var raw = Path.Combine(directory, $"espeak-{pitch}-{Guid.NewGuid():N}.wav");
        var converted = Path.ChangeExtension(raw, ".24k.wav");
        await ToolRunner.RunCheckedAsync("espeak-ng", ["-v", voice, "-p", pitch.ToString(CultureInfo.InvariantCulture), "-w", raw, text]);
        await ToolRunner.RunCheckedAsync("ffmpeg", ["-nostdin", "-v", "error", "-y", "-i", raw, "-ar", "24000", "-ac", "1", "-c:a", "pcm_s16le", converted]);
        try
        {
            return await File.ReadAllBytesAsync(converted);
        }
        finally
        {
            File.Delete(raw);
            File.Delete(converted);
        }
    }
}
