using AngleSharp.Dom;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Which XHTML elements are narrated, skipped, or break the text into blocks. Semantics come from
/// <c>epub:type</c> (EPUB 3 Structural Semantics) and ARIA DPUB roles, with a few class/id conventions of
/// converted books (page-number spans, "footnote" classes).
/// </summary>
internal static class EpubElementRules
{
    private const int MaxOrnamentLength = 24;
    private const string OrnamentCharacters = "*⁂∗•·.…~#§†‡✻✽❦❧✶✦✧◆◇○●◊※⸻—–-_=+♦♠♣♥❖❋✤✥☙❀ ";

    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "search", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.Ordinal)
    {
        "audio", "button", "canvas", "embed", "head", "iframe", "input", "map", "noscript", "object", "rp", "rt",
        "rtc", "script", "select", "style", "svg", "template", "textarea", "video",
    };

    private static readonly HashSet<string> NoteTypes = new(StringComparer.Ordinal)
    {
        "footnote", "footnotes", "endnote", "endnotes", "rearnote", "rearnotes", "note",
        "doc-footnote", "doc-endnote", "doc-endnotes",
    };

    private static readonly HashSet<string> NoteClasses = new(StringComparer.Ordinal)
    {
        "footnote", "footnotes", "endnote", "endnotes",
    };

    private static readonly HashSet<string> SkippedNavTypes = new(StringComparer.Ordinal)
    {
        "toc", "landmarks", "page-list", "doc-toc", "doc-pagelist",
    };

    public static bool IsBlock(string name) => BlockElements.Contains(name);

    public static int HeadingLevel(string name) =>
        name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6' ? name[1] - '0' : 0;

    /// <summary>The element's <c>epub:type</c> tokens and DPUB-ARIA role tokens, lower-cased.</summary>
    public static IEnumerable<string> Semantics(IElement element) =>
        EpubText.Tokens(element.GetAttribute("epub:type")).Concat(EpubText.Tokens(element.GetAttribute("role")));

    public static bool IsSceneBreak(IElement element) =>
        element.LocalName == "hr" || Semantics(element).Any(t => t is "transition" or "doc-transition");

    /// <summary>True for a collection of notes (<c>epub:type="endnotes"</c>, <c>role="doc-endnotes"</c>).</summary>
    public static bool IsNotesCollection(IElement element) =>
        Semantics(element).Any(t => t is "footnotes" or "endnotes" or "rearnotes" or "doc-endnotes");

    /// <summary>
    /// True for elements whose text is not narrated: scripts, ruby readings, note references, page numbers, hidden
    /// things, and note bodies unless <paramref name="narrateNotes"/> (the document is itself the book's notes).
    /// </summary>
    public static bool IsSkipped(IElement element, bool narrateNotes = false)
    {
        var name = element.LocalName;
        if (SkippedElements.Contains(name) || element.HasAttribute("hidden"))
        {
            return true;
        }

        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            || IsDisplayNone(element.GetAttribute("style")))
        {
            return true;
        }

        foreach (var token in Semantics(element))
        {
            if ((!narrateNotes && NoteTypes.Contains(token)) || token is "noteref" or "doc-noteref" or "pagebreak" or "doc-pagebreak"
                || (name == "nav" && SkippedNavTypes.Contains(token)))
            {
                return true;
            }
        }

        if (!narrateNotes && EpubText.Tokens(element.GetAttribute("class")).Any(NoteClasses.Contains))
        {
            return true;
        }

        return IsNoteReference(element) || IsPageNumber(element);
    }

    // <sup><a href="#fn3">3</a></sup> and <a href="notes.xhtml#note3">[3]</a> without epub:type.
    private static bool IsNoteReference(IElement element)
    {
        if (element.LocalName == "sup")
        {
            var children = element.Children;
            return children.Length == 1 && children[0].LocalName == "a" && IsFragmentLink(children[0])
                && IsShortText(children[0].TextContent) && string.IsNullOrWhiteSpace(OwnText(element));
        }

        if (element.LocalName != "a" || !IsFragmentLink(element) || !IsNoteMarker(element.TextContent))
        {
            return false;
        }

        var href = element.GetAttribute("href")!;
        var fragment = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..].TrimStart('_').ToLowerInvariant();
        return fragment.StartsWith("fn", StringComparison.Ordinal) || fragment.StartsWith("ftn", StringComparison.Ordinal)
            || fragment.StartsWith("note", StringComparison.Ordinal) || fragment.StartsWith("footnote", StringComparison.Ordinal)
            || fragment.StartsWith("endnote", StringComparison.Ordinal) || element.ParentElement?.LocalName == "sup";
    }

    private static bool IsFragmentLink(IElement link) =>
        link.GetAttribute("href")?.Contains('#', StringComparison.Ordinal) == true;

    private static bool IsShortText(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 0 and <= 4 && !trimmed.Any(char.IsWhiteSpace);
    }

    // "3", "[12]", "(iv)", "*", "†", "a": what a note marker looks like; "here" or "see" is link text, not a marker.
    private static bool IsNoteMarker(string text)
    {
        var marker = text.Trim().Trim('[', ']', '(', ')', '{', '}');
        return IsShortText(marker)
            && (marker.All(char.IsDigit) || marker.All(c => "*†‡§¶#".Contains(c, StringComparison.Ordinal))
                || marker.All(c => "ivxlcdm".Contains(c, StringComparison.Ordinal)) || (marker.Length == 1 && char.IsLetter(marker[0])));
    }

    // <span class="pagenum" id="page_12">12</span>, <a id="pg7"></a>: the number of a printed page, not text.
    private static bool IsPageNumber(IElement element)
    {
        var name = element.LocalName;
        if (!(name is "span" or "a" || (name is "div" or "p" && element.ChildElementCount == 0)))
        {
            return false;
        }

        var names = EpubText.Tokens(element.GetAttribute("class")).Append(element.Id?.ToLowerInvariant() ?? string.Empty);
        if (!names.Any(n => n.StartsWith("page", StringComparison.Ordinal) || n.StartsWith("pg", StringComparison.Ordinal)))
        {
            return false;
        }

        var text = element.TextContent.Trim().Trim('[', ']', '{', '}', '(', ')').Trim();
        if (text.StartsWith("page", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..].Trim();
        }
        else if (text.StartsWith("p.", StringComparison.OrdinalIgnoreCase))
        {
            text = text[2..].Trim();
        }

        return text.Length <= 8 && (text.All(char.IsAsciiDigit) || text.All(c => "ivxlcdmIVXLCDM".Contains(c, StringComparison.Ordinal)));
    }

    private static string OwnText(IElement element) =>
        string.Concat(element.ChildNodes.OfType<IText>().Select(t => t.Data));

    private static bool IsDisplayNone(string? style) =>
        style is not null && style.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Contains("display:none", StringComparison.OrdinalIgnoreCase);

    /// <summary>A paragraph of only ornaments ("* * *", "⁂", "~~~") marks a scene break.</summary>
    public static bool IsOrnament(string clean) =>
        clean.Length <= MaxOrnamentLength && clean.All(c => OrnamentCharacters.Contains(c, StringComparison.Ordinal));

    /// <summary>The body and its leading section chain (body &gt; section &gt; section), which say what the whole document is.</summary>
    public static IEnumerable<IElement> LeadingElements(IElement? body)
    {
        var element = body;
        for (var level = 0; element is not null && level < 3; level++)
        {
            yield return element;
            element = element.Children.FirstOrDefault(c => c.LocalName is "section" or "article" or "div" or "main" or "nav" or "aside");
        }
    }
}
