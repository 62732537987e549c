namespace Audiobook.Ingest.Epub;

/// <summary>
/// The XHTML 1.1 markup of EPUB 2 books that an EPUB 3 (HTML5) content document may no longer hold, and what the
/// read-along edition writes instead: presentational elements become their HTML5 equivalents, presentational
/// attributes are dropped (the book's CSS still styles it), <c>a name</c> becomes an id.
/// </summary>
internal static class XhtmlLegacyMarkup
{
    private static readonly Dictionary<string, string> RenamedElements = new(StringComparer.Ordinal)
    {
        ["acronym"] = "abbr",
        ["big"] = "span",
        ["center"] = "div",
        ["font"] = "span",
        ["strike"] = "s",
        ["tt"] = "code",
        ["dir"] = "ul",
    };

    // Obsolete on every element that may carry them.
    private static readonly HashSet<string> DroppedAttributes = new(StringComparer.Ordinal)
    {
        "align", "valign", "bgcolor", "background", "cellpadding", "cellspacing", "hspace", "vspace", "clear",
        "nowrap", "compact", "summary", "charset", "rev", "axis", "frame", "rules", "char", "charoff", "noshade",
        "profile", "version", "datafld", "datasrc", "dataformatas", "longdesc", "marginheight", "marginwidth",
        "frameborder", "scrolling",
    };

    // Where width and height are still allowed; elsewhere they are presentational.
    private static readonly HashSet<string> SizedElements = new(StringComparer.Ordinal)
    {
        "img", "video", "canvas", "iframe", "embed", "object", "source", "input",
    };

    /// <summary>The HTML5 element name to write for <paramref name="name"/>.</summary>
    public static string ElementName(string name) => RenamedElements.GetValueOrDefault(name, name);

    /// <summary>True when an attribute of an HTML element is obsolete presentational markup that is left out.</summary>
    public static bool IsDropped(string element, string attribute, string value) => attribute switch
    {
        "width" or "height" => !SizedElements.Contains(element),
        "border" => !(element == "table" && value is "" or "1"),
        "type" => element is "ul" or "li",
        "name" => element is "a" or "img",
        "size" or "color" or "face" => element is "font" or "basefont" or "hr",
        "scope" or "abbr" => element == "td",
        "language" => element == "script",
        "charset" => element != "meta",
        "scheme" => element == "meta",
        "text" or "link" or "vlink" or "alink" => element == "body",
        _ => DroppedAttributes.Contains(attribute),
    };
}
