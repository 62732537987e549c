using System.Text.Json.Nodes;

namespace Audiobook.TtsServer.Tests.TestSupport;

internal static class EventExtensions
{
    public static string Type(this JsonObject e) => e["type"]!.GetValue<string>();

    public static IEnumerable<string> Types(this IEnumerable<JsonObject> events) => events.Select(Type);

    /// <summary>Concatenated decoded <c>response.audio.delta</c> payloads.</summary>
    public static byte[] Audio(this IEnumerable<JsonObject> events) =>
        events.Where(e => e.Type() == "response.audio.delta").SelectMany(e => Convert.FromBase64String(e["delta"]!.GetValue<string>())).ToArray();

    public static JsonObject Single(this IEnumerable<JsonObject> events, string type) => events.Single(e => e.Type() == type);

    public static string? ErrorCode(this JsonObject e) => e["error"]?["code"]?.GetValue<string>();

    public static string? ErrorMessage(this JsonObject e) => e["error"]?["message"]?.GetValue<string>();
}
