using System.Text.Json;
using Audiobook.Core.Text;
using Audiobook.Tts.Catalog;

namespace Audiobook.TtsServer.Customization;

/// <summary>Typed, tolerant reads from a JSON object of the request (<c>input</c> or <c>parameters</c>); a wrong type is InvalidParameter.</summary>
internal readonly struct RequestFields(JsonElement element, string prefix)
{
    public string? String(string name)
    {
        if (!TryGet(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw CustomizationException.InvalidParameter(prefix + name);
    }

    public int? Int(string name)
    {
        if (!TryGet(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw CustomizationException.InvalidParameter(prefix + name);
    }

    public RequestFields Object(string name) =>
        TryGet(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? new RequestFields(value, prefix + name + ".")
            : new RequestFields(default, prefix + name + ".");

    public string Required(string name) =>
        String(name) is { Length: > 0 } text ? text : throw CustomizationException.InvalidParameter(prefix + name);

    /// <summary>One of the 10 language codes of the customization API (<see cref="LanguageTypes.ByCode"/>), or null when absent.</summary>
    public string? LanguageCode(string name)
    {
        var code = String(name);
        return code is null || LanguageTypes.ByCode.ContainsKey(code) ? code : throw CustomizationException.InvalidParameter(prefix + name);
    }

    /// <summary>The required <c>target_model</c>: a realtime or non-realtime model that takes voices of <paramref name="kind"/>.</summary>
    public string TargetModel(VoiceKind kind)
    {
        const string name = "target_model";
        var model = Required(name);
        return TtsModelCatalog.Find(model) is { Api: TtsApi.Realtime or TtsApi.NonRealtime } found && found.VoiceKind == kind
            ? model
            : throw CustomizationException.InvalidParameter(prefix + name);
    }

    private bool TryGet(string name, out JsonElement value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value);
    }
}
