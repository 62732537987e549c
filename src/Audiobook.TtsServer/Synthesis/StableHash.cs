using System.Text;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>FNV-1a over UTF-8: the same voice name gives the same espeak parameters on every run and machine (string.GetHashCode does not).</summary>
internal static class StableHash
{
    public static uint Of(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    /// <summary>A value in [-1, 1] derived from the text and a salt.</summary>
    public static double Jitter(string text, string salt) => Of(text + "\u0001" + salt) % 2001 / 1000.0 - 1.0;
}
