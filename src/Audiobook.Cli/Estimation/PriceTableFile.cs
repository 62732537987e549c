using Audiobook.Core.Costs;
using Audiobook.Rendering.Configuration;

namespace Audiobook.Cli.Estimation;

/// <summary>Reads <c>prices.json</c> from the configured folder.</summary>
internal static class PriceTableFile
{
    public static PriceTable Load(ConfigFolderOptions folder)
    {
        var path = folder.Find("prices.json") ?? throw new CliException($"prices.json not found in {folder.Directory} (set AUDIOBOOK_CONFIG to the config folder)");
        try
        {
            return PriceTable.Parse(File.ReadAllText(path));
        }
        catch (FormatException ex)
        {
            throw new CliException($"{path}: {ex.Message}");
        }
    }
}
