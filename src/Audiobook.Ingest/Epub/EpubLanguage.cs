using AngleSharp.Dom;

namespace Audiobook.Ingest.Epub;

/// <summary>Language tags of XHTML elements (<c>xml:lang</c>, then <c>lang</c>) relative to the book's <c>dc:language</c>.</summary>
internal static class EpubLanguage
{
    public static string? Of(IElement? element)
    {
        var value = element?.GetAttribute("xml:lang") ?? element?.GetAttribute("lang");
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The block's language when it differs from the book's, else null ("en" inside an "en-US" book is not different).</summary>
    public static string? RelativeTo(string? language, string? bookLanguage)
    {
        if (language is null || bookLanguage is null)
        {
            return language;
        }

        if (string.Equals(language, bookLanguage, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var dash = bookLanguage.IndexOfAny(['-', '_']);
        return dash > 0 && string.Equals(language, bookLanguage[..dash], StringComparison.OrdinalIgnoreCase) ? null : language;
    }
}
