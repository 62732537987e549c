using System.Security.Cryptography;
using System.Text;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>A copy of espeak-ng's data directory made of symbolic links, in which every language file also sits in <c>voices/</c>
/// under the lower-case name espeak-ng looks it up by (<c>lang/gmw/en-US</c> as <c>voices/en-us</c>). espeak-ng tries
/// <c>voices/&lt;name&gt;</c> first and otherwise opens all ~300 voice files to pick one by name: 5 ms of file system calls per
/// library start, which a fresh library image per synthesis (<see cref="EspeakImage"/>) would pay every time. The links point at the
/// same files the name search finds (tested byte for byte against the <c>espeak-ng</c> command).</summary>
internal static class EspeakDataDirectory
{
    private const string DataFolder = "espeak-ng-data";

    /// <summary>Returns the folder to pass to <c>espeak_ng_InitializePath</c> (it holds <c>espeak-ng-data</c>), creating it under the
    /// temporary directory if needed; null when <paramref name="dataPath"/> has no <c>lang/</c> folder to link.</summary>
    public static string? Prepare(string dataPath)
    {
        var languages = Path.Combine(dataPath, "lang");
        if (!Directory.Exists(languages))
        {
            return null;
        }

        var files = Directory.EnumerateFiles(languages, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        // The name holds a hash of what it links to, so an upgraded espeak-ng gets a new folder instead of stale links.
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dataPath + "\n" + string.Join('\n', files))))[..16];
        var root = Path.Combine(Path.GetTempPath(), "audiobook-espeak-" + key);
        if (File.Exists(Path.Combine(root, DataFolder, "phondata")))
        {
            return root;
        }

        var building = root + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            var data = Path.Combine(building, DataFolder);
            var voices = Path.Combine(data, "voices");
            Directory.CreateDirectory(voices);
            foreach (var entry in Directory.EnumerateFileSystemEntries(dataPath))
            {
                if (!string.Equals(Path.GetFileName(entry), "voices", StringComparison.Ordinal))
                {
                    File.CreateSymbolicLink(Path.Combine(data, Path.GetFileName(entry)), entry);
                }
            }

            var variants = Path.Combine(dataPath, "voices", "!v");
            if (Directory.Exists(variants))
            {
                Directory.CreateSymbolicLink(Path.Combine(voices, "!v"), variants);
            }

            foreach (var group in files.GroupBy(f => Path.GetFileName(f).ToLowerInvariant(), StringComparer.Ordinal).Where(g => g.Count() == 1))
            {
                File.CreateSymbolicLink(Path.Combine(voices, group.Key), group.Single());
            }

            Directory.Move(building, root);
        }
        catch (IOException) when (File.Exists(Path.Combine(root, DataFolder, "phondata")))
        {
            // Another process finished the same folder first.
        }
        finally
        {
            if (Directory.Exists(building))
            {
                Directory.Delete(building, recursive: true);
            }
        }

        return root;
    }
}
