using System.Globalization;
using System.Text.Json;
using Audiobook.Media.Encoding;

namespace Audiobook.Media.Probing;

/// <summary>Parses ffprobe's JSON (<c>-show_format -show_streams -show_chapters -of json</c>). ffprobe writes most
/// numbers as strings; missing fields become null. A pure function (house style: running and parsing are separate).</summary>
public static class FfprobeJsonParser
{
    /// <exception cref="MediaEncodingException">The text is not ffprobe JSON.</exception>
    public static ProbeResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var format = root.TryGetProperty("format", out var f) ? f : default;
            var streams = root.TryGetProperty("streams", out var s) ? s.EnumerateArray().Select(ParseStream).ToList() : [];
            var chapters = root.TryGetProperty("chapters", out var c) ? c.EnumerateArray().Select(ParseChapter).ToList() : [];
            return new ProbeResult(
                String(format, "format_name") ?? "",
                Seconds(format, "duration") ?? TimeSpan.Zero,
                Long(format, "bit_rate"),
                Tags(format),
                streams,
                chapters);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new MediaEncodingException($"ffprobe output is not valid JSON: {e.Message}", e);
        }
    }

    private static StreamInfo ParseStream(JsonElement s)
    {
        var attached = s.TryGetProperty("disposition", out var d)
            && d.TryGetProperty("attached_pic", out var a) && a.ValueKind == JsonValueKind.Number && a.GetInt32() == 1;
        return new StreamInfo(
            s.TryGetProperty("index", out var i) ? i.GetInt32() : 0,
            String(s, "codec_type") ?? "",
            String(s, "codec_name") ?? "",
            (int?)Long(s, "sample_rate"),
            (int?)Long(s, "channels"),
            Long(s, "bit_rate"),
            Long(s, "nb_frames"),
            Seconds(s, "duration"),
            attached,
            Tags(s));
    }

    private static ProbeChapter ParseChapter(JsonElement c)
    {
        var tags = Tags(c);
        return new ProbeChapter(
            tags.TryGetValue("title", out var title) ? title : "",
            Seconds(c, "start_time") ?? TimeSpan.Zero,
            Seconds(c, "end_time") ?? TimeSpan.Zero);
    }

    private static Dictionary<string, string> Tags(JsonElement e)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("tags", out var t) && t.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in t.EnumerateObject())
            {
                tags[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
            }
        }

        return tags;
    }

    private static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v)
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()
            : null;

    private static long? Long(JsonElement e, string name) =>
        String(e, name) is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static TimeSpan? Seconds(JsonElement e, string name) =>
        String(e, name) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
