using System.ComponentModel.DataAnnotations;

namespace Audiobook.Rendering.Configuration;

/// <summary>The folder of shared data files: <c>prices.json</c>, <c>lexicon.txt</c>, the appsettings files (section <c>Config</c>;
/// <c>AUDIOBOOK_CONFIG</c>, default <c>config/</c> beside the program).</summary>
public sealed class ConfigFolderOptions
{
    public const string Section = "Config";

    [Required]
    public string Directory { get; init; } = Path.Combine(AppContext.BaseDirectory, "config");

    /// <summary>The path of <paramref name="name"/> in the folder, or null when it is not there.</summary>
    public string? Find(string name)
    {
        var path = Path.Combine(Directory, name);
        return File.Exists(path) ? path : null;
    }
}
