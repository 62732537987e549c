using System.Globalization;
using Audiobook.Core.Text;

namespace Audiobook.Ingest.Epub;

/// <summary>Small text helpers shared by the EPUB reader: clean text and one-line messages.</summary>
internal static class EpubText
{
    /// <summary>Folds whitespace, drops invisible characters and applies NFC (see <see cref="TextNormalizer"/>).</summary>
    public static string Clean(string? text) => text is null ? string.Empty : TextNormalizer.Normalize(text);

    /// <summary>The first line of a message, so no exception text can break the one-line error rule.</summary>
    public static string FirstLine(string message)
    {
        var end = message.AsSpan().IndexOfAny('\r', '\n');
        return (end < 0 ? message : message[..end]).Trim();
    }

    /// <summary>A byte count for messages: "64 MiB", "512 KiB" or "900 bytes".</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        >= 1024L * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };

    /// <summary>Whitespace-separated tokens of an attribute such as <c>epub:type</c> or <c>properties</c>, lower-cased.</summary>
    public static IReadOnlyList<string> Tokens(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
