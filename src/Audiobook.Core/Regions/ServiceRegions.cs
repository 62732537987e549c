namespace Audiobook.Core.Regions;

/// <summary>The one parser of region names, shared by pricing and the TTS client, and the region's key in the price table.</summary>
public static class ServiceRegions
{
    /// <summary>What a user may write, for error messages and shell completion.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["beijing", "cn", "cn-beijing", "china", "mainland", "singapore", "intl", "international", "ap-southeast-1"];

    /// <summary>Reads a region name, case-insensitively and ignoring surrounding white space: <c>beijing</c>, <c>cn</c>,
    /// <c>cn-beijing</c>, <c>china</c>, <c>mainland</c>; <c>singapore</c>, <c>intl</c>, <c>international</c>, <c>ap-southeast-1</c>.</summary>
    public static bool TryParse(string? text, out ServiceRegion region)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "BEIJING" or "CN" or "CN-BEIJING" or "CHINA" or "MAINLAND":
                region = ServiceRegion.Beijing;
                return true;
            case "SINGAPORE" or "INTL" or "INTERNATIONAL" or "AP-SOUTHEAST-1":
                region = ServiceRegion.Singapore;
                return true;
            default:
                region = default;
                return false;
        }
    }

    /// <summary>Like <see cref="TryParse"/>, for text that must be a region.</summary>
    /// <exception cref="FormatException">The text is not a known region name; the message lists the names.</exception>
    public static ServiceRegion Parse(string? text) => TryParse(text, out var region)
        ? region
        : throw new FormatException($"unknown region '{text}' (beijing, cn, cn-beijing, china, mainland; singapore, intl, international, ap-southeast-1)");

    /// <summary>The region's key in <c>config/prices.json</c>: <c>cn</c> or <c>intl</c>.</summary>
    public static string PriceKey(ServiceRegion region) => region switch
    {
        ServiceRegion.Singapore => "intl",
        _ => "cn",
    };
}
