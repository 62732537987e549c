using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Audiobook.TtsServer.Customization;

/// <summary>Voice ids and timestamps in the documented shapes: <c>qwen-tts-vc-&lt;name&gt;-voice-&lt;yyyyMMddHHmmssfff&gt;-&lt;4 hex&gt;</c>,
/// <c>qwen-tts-vd-&lt;name&gt;-voice-&lt;yyyyMMddHHmmss&gt;-&lt;4 hex&gt;</c>, <c>gmt_create</c> as <c>yyyy-MM-dd HH:mm:ss</c>. The service's
/// timezone is not documented; China time (UTC+8) is assumed for both.</summary>
internal static partial class CustomVoiceIds
{
    public static readonly TimeSpan ServiceOffset = TimeSpan.FromHours(8);

    public static bool IsValidPreferredName(string? name) => name is not null && PreferredName().IsMatch(name);

    public static string Cloned(string preferredName, DateTimeOffset now) =>
        $"qwen-tts-vc-{preferredName}-voice-{Local(now).ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}-{Hex()}";

    public static string Designed(string preferredName, DateTimeOffset now) =>
        $"qwen-tts-vd-{preferredName}-voice-{Local(now).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}-{Hex()}";

    public static string Timestamp(DateTimeOffset time) => Local(time).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static DateTimeOffset Local(DateTimeOffset time) => time.ToOffset(ServiceOffset);

    private static string Hex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2));

    [GeneratedRegex("^[a-zA-Z0-9_]{1,16}$")]
    private static partial Regex PreferredName();
}
