using System.Security.Cryptography;

namespace Audiobook.Rendering.Tests.EndToEnd;

/// <summary>Hashes of the audio a render delivered, to compare two renders byte for byte.</summary>
internal static class OutputFingerprint
{
    public static async Task<IReadOnlyDictionary<string, string>> OfAsync(string outputDirectory)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(outputDirectory, "mp3")).Concat(Directory.GetFiles(Path.Combine(outputDirectory, "captions"))))
        {
            result[Path.GetRelativePath(outputDirectory, file)] = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(file)));
        }

        return result;
    }
}
