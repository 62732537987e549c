namespace Audiobook.Cli;

/// <summary>Finds files of the repository's <c>config/</c> folder: next to the program (copied at build), or under
/// <c>AUDIOBOOK_CONFIG</c> when set.</summary>
internal static class ConfigFiles
{
    public static string? Find(string name)
    {
        var folder = Environment.GetEnvironmentVariable("AUDIOBOOK_CONFIG") ?? Path.Combine(AppContext.BaseDirectory, "config");
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? path : null;
    }
}
