using System.Security.Cryptography;
using System.Text;
using Audiobook.Core.Segmentation;
using Audiobook.Core.Voices;

namespace Audiobook.Rendering.Cache;

/// <summary>The content address of one synthesized segment: text after lexicon, language, model, voice,
/// every voice parameter and the working audio format. Equal keys mean byte-for-byte reusable audio.</summary>
public static class SegmentCacheKey
{
    /// <summary>Bump when the way audio is produced changes so that old cache entries stop matching.</summary>
    private const string Version = "v1";

    public static string For(Segment segment, VoiceSettings voice, string workingFormat)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(voice);
        var canonical = $"{Version}\n{workingFormat}\n{voice.CanonicalForm()}\nlanguage={segment.LanguageType}\ntext={segment.Text}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
