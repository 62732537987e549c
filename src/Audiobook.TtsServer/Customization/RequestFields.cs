using System.Text.Json;

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

    private bool TryGet(string name, out JsonElement value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value);
    }
}
