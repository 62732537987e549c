using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Reads the EPUB 3 navigation document: <c>nav[epub:type~=toc]</c> <c>ol &gt; li &gt; a|span</c> with nested
/// <c>ol</c>s, <c>nav[epub:type~=landmarks]</c> and <c>nav[epub:type~=page-list]</c>. Hrefs are relative to the nav document.
/// </summary>
internal static class EpubNavDocumentParser
{
    private const int MaxNesting = 32;

    public static EpubNavigation Parse(IHtmlDocument document, string navPath)
    {
        var navs = document.QuerySelectorAll("nav").ToList();
        var toc = navs.FirstOrDefault(n => HasType(n, "toc", "doc-toc"))
            ?? navs.FirstOrDefault(n => !HasType(n, "landmarks", "page-list", "doc-pagelist"));
        var list = toc is null ? null : FirstList(toc);
        var entries = list is null ? [] : ReadList(list, navPath, 0);

        var landmarks = new List<EpubLandmark>();
        foreach (var nav in navs.Where(n => HasType(n, "landmarks")))
        {
            foreach (var link in nav.QuerySelectorAll("a"))
            {
                var target = EpubPath.Resolve(navPath, link.GetAttribute("href"));
                foreach (var type in EpubText.Tokens(link.GetAttribute("epub:type")))
                {
                    if (target is not null)
                    {
                        landmarks.Add(new EpubLandmark(type, target.Value, EpubHtml.InlineText(link)));
                    }
                }
            }
        }

        var pageNav = navs.FirstOrDefault(n => HasType(n, "page-list", "doc-pagelist"));
        var pageList = pageNav is null ? null : FirstList(pageNav);
        var pages = pageList is null ? [] : ReadList(pageList, navPath, MaxNesting).Where(p => p.Target is not null).ToList();
        return new EpubNavigation(entries, landmarks, pages);
    }

    private static List<EpubTocEntry> ReadList(IElement list, string navPath, int depth)
    {
        var entries = new List<EpubTocEntry>();
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            var label = item.Children.FirstOrDefault(c => c.LocalName is "a" or "span")
                ?? item.Children.FirstOrDefault(c => c.LocalName is not ("ol" or "ul"));
            var nested = item.Children.FirstOrDefault(c => c.LocalName is "ol" or "ul");
            var children = nested is null || depth >= MaxNesting ? [] : ReadList(nested, navPath, depth + 1);
            var title = label is null ? string.Empty : EpubHtml.InlineText(label);
            var link = label?.LocalName == "a" ? label : label?.QuerySelector("a[href]");
            var target = link is null ? null : EpubPath.Resolve(navPath, link.GetAttribute("href"));
            if (title.Length > 0 || target is not null || children.Count > 0)
            {
                entries.Add(new EpubTocEntry(title, target, children));
            }
        }

        return entries;
    }

    private static IElement? FirstList(IElement nav) =>
        nav.Children.FirstOrDefault(c => c.LocalName is "ol" or "ul") ?? nav.QuerySelector("ol, ul");

    private static bool HasType(IElement nav, params string[] types) =>
        EpubElementRules.Semantics(nav).Any(t => types.Contains(t, StringComparer.Ordinal));
}
