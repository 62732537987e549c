using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Audiobook.Ingest.Markdown;

/// <summary>The metadata a Markdown book's YAML front matter may carry.</summary>
internal sealed record FrontMatter(
    string? Title,
    IReadOnlyList<string> Authors,
    string? Language,
    string? Voice,
    string? Publisher,
    string? Date,
    string? Description,
    string? Identifier)
{
    public static FrontMatter Empty { get; } = new(null, [], null, null, null, null, null, null);

    /// <summary>Parses the YAML between the <c>---</c> lines. Unknown keys are ignored.</summary>
    public static FrontMatter Parse(string yaml, string source)
    {
        Dictionary<object, object?>? map;
        try
        {
            map = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object?>?>(yaml);
        }
        catch (YamlException ex)
        {
            throw BookFormatException.For(source, $"front matter is not valid YAML (line {ex.Start.Line}): {ex.Message}", ex);
        }

        if (map is null)
        {
            return Empty;
        }

        var values = map.ToDictionary(
            kv => Convert.ToString(kv.Key, CultureInfo.InvariantCulture)?.Trim().ToLowerInvariant() ?? string.Empty,
            kv => kv.Value,
            StringComparer.Ordinal);
        var authors = Strings(values, "authors").Concat(Strings(values, "author")).Concat(Strings(values, "creator"))
            .Distinct(StringComparer.Ordinal).ToList();
        return new FrontMatter(
            Scalar(values, "title"),
            authors,
            Scalar(values, "language") ?? Scalar(values, "lang"),
            Scalar(values, "voice"),
            Scalar(values, "publisher"),
            Scalar(values, "date"),
            Scalar(values, "description"),
            Scalar(values, "identifier") ?? Scalar(values, "isbn"));
    }

    private static string? Scalar(Dictionary<string, object?> values, string key) =>
        values.TryGetValue(key, out var value) && value is not null and not IList<object> and not IDictionary<object, object>
            ? Clean(Convert.ToString(value, CultureInfo.InvariantCulture))
            : null;

    private static IEnumerable<string> Strings(Dictionary<string, object?> values, string key)
    {
        if (!values.TryGetValue(key, out var value) || value is null)
        {
            return [];
        }

        var items = value is IList<object> list ? list : [value];
        return items
            .Select(item => item is IDictionary<object, object> map && map.TryGetValue("name", out var name) ? name : item)
            .Select(item => Clean(Convert.ToString(item, CultureInfo.InvariantCulture)))
            .OfType<string>();
    }

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
