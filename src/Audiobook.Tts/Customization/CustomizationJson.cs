using System.Globalization;
using System.Text.Json;

namespace Audiobook.Tts.Customization;

/// <summary>Tolerant readers for the customization replies: every field may be missing or of another type.</summary>
internal static class CustomizationJson
{
    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static int? Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt32(out var number)
            ? number
            : null;

    public static bool? Bool(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : null;

    public static DateTime? Time(JsonElement element, string name) =>
        String(element, name) is { } text
            && DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    public static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    public static ClonedVoice ClonedVoice(JsonElement item) => WithCommonFields(
        new ClonedVoice(String(item, "voice") ?? "", String(item, "target_model") ?? "")
        {
            FallbackMode = Bool(item, "fallback_mode"),
            FallbackReason = String(item, "fallback_reason"),
        },
        item);

    public static DesignedVoice DesignedVoice(JsonElement item) => WithCommonFields(
        new DesignedVoice(String(item, "voice") ?? "", String(item, "target_model") ?? "")
        {
            VoicePrompt = String(item, "voice_prompt"),
            PreviewText = String(item, "preview_text"),
        },
        item);

    // `with` on the base type clones the derived record (the clone is virtual), so the cast back is safe.
    private static T WithCommonFields<T>(T voice, JsonElement item)
        where T : CustomizedVoice =>
        (T)((CustomizedVoice)voice with
        {
            Language = String(item, "language"),
            CreatedAt = Time(item, "gmt_create"),
            ModifiedAt = Time(item, "gmt_modified"),
        });
}
