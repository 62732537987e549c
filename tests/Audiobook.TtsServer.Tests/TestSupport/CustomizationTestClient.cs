using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Audiobook.TtsServer.Tests.TestSupport;

/// <summary>Posts raw customization envelopes with HttpClient and returns status and JSON body.</summary>
internal sealed class CustomizationTestClient(LocalTtsServer server)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public async Task<(int Status, JsonObject Body)> PostAsync(object envelope, string? apiKey = "test-key")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.CustomizationUri)
        {
            Content = new StringContent(JsonSerializer.Serialize(envelope), Encoding.UTF8, "application/json"),
        };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }

    public async Task<string> CloneAsync(byte[] wav, string name = "tester", string targetModel = "qwen3-tts-vc-realtime-2026-01-15", string? text = null)
    {
        var (status, body) = await PostAsync(Enrollment("create", new
        {
            target_model = targetModel,
            preferred_name = name,
            audio = new { data = "data:audio/wav;base64," + Convert.ToBase64String(wav) },
            text,
        }));
        if (status != 200)
        {
            throw new InvalidOperationException("Clone failed: " + body.ToJsonString());
        }

        return body["output"]!["voice"]!.GetValue<string>();
    }

    public async Task<JsonObject> DesignAsync(string prompt, string name = "designer", string targetModel = "qwen3-tts-vd-realtime-2026-01-15",
        string previewText = "The quick brown fox jumps over the lazy dog near the river bank.", string language = "en", object? parameters = null)
    {
        var (status, body) = await PostAsync(new
        {
            model = "qwen-voice-design",
            input = new { action = "create", target_model = targetModel, voice_prompt = prompt, preview_text = previewText, preferred_name = name, language },
            parameters = parameters ?? new { sample_rate = 24000, response_format = "wav" },
        });
        if (status != 200)
        {
            throw new InvalidOperationException("Design failed: " + body.ToJsonString());
        }

        return body;
    }

    public static object Enrollment(string action, object input) => new { model = "qwen-voice-enrollment", input = Merge(action, input) };

    public static object Design(string action, object input) => new { model = "qwen-voice-design", input = Merge(action, input) };

    private static JsonObject Merge(string action, object input)
    {
        var node = JsonSerializer.SerializeToNode(input)!.AsObject();
        node["action"] = action;
        return node;
    }
}
