using Audiobook.Core.Books;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Recognises front and back matter that is not narrated by default: cover, title page, table of contents,
/// copyright, dedication, lists of illustrations; index, colophon, notes, bibliography, glossary,
/// acknowledgements, "about the author", "also by". Evidence is any of: epub:type / DPUB role of the document or
/// target element, an EPUB 3 landmark or EPUB 2 guide reference, the TOC label or first heading, or the file name.
/// Whether a matched chapter is front or back matter is decided by its position (before or after the first body chapter).
/// Foreword, preface, introduction, prologue, epilogue, afterword and appendices are body text. Labels also go through
/// <see cref="ChapterKinds"/>, the title list the Markdown and text readers use (目录, Inhalt, 致谢…).
/// </summary>
internal static class EpubMatterClassifier
{
    private static readonly HashSet<string> MatterTypes = new(StringComparer.Ordinal)
    {
        "cover", "titlepage", "title-page", "halftitlepage", "halftitle", "seriespage", "toc", "toc-brief", "loi", "lot",
        "loa", "lov", "landmarks", "page-list", "copyright-page", "copyright", "imprint", "imprimatur", "dedication",
        "colophon", "credits", "other-credits", "errata", "revision-history", "notes", "footnotes", "endnotes",
        "rearnotes", "bibliography", "glossary", "acknowledgments", "acknowledgements", "contributors",
    };

    private static readonly HashSet<string> MatterLabels = new(StringComparer.Ordinal)
    {
        "cover", "front cover", "back cover", "cover page", "title page", "title", "half title", "half title page",
        "contents", "table of contents", "toc", "copyright", "copyright page", "imprint", "dedication", "index",
        "colophon", "notes", "endnotes", "footnotes", "bibliography", "glossary", "acknowledgments", "acknowledgements",
        "landmarks", "list of illustrations", "list of figures", "list of tables", "credits", "about the author",
        "about the authors", "about the publisher", "about this book", "also by", "other books", "praise",
    };

    private static readonly string[] MatterLabelPrefixes =
    [
        "copyright", "about the author", "also by ", "other books by", "other titles by", "books by ", "praise for ",
        "acknowledg", "more from ", "index of ",
    ];

    private static readonly HashSet<string> MatterFileTokens = new(StringComparer.Ordinal)
    {
        "cover", "coverpage", "titlepage", "halftitle", "halftitlepage", "toc", "copyright", "colophon", "dedication",
        "acknowledgments", "acknowledgements", "imprint", "nav",
    };

    public static bool IsMatter(string? label, string? path, IEnumerable<string> semantics, IEnumerable<string> landmarkTypes) =>
        semantics.Concat(landmarkTypes).Any(IsMatterType) || IsMatterLabel(label) || IsMatterFile(path);

    public static bool IsMatterType(string type)
    {
        var token = type.StartsWith("doc-", StringComparison.Ordinal) ? type[4..] : type;
        return MatterTypes.Contains(token) || token.StartsWith("index", StringComparison.Ordinal);
    }

    public static bool IsMatterLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return false;
        }

        var text = label.Trim().TrimEnd('.', ':', ' ').Replace('-', ' ').ToLowerInvariant();
        return MatterLabels.Contains(text) || MatterLabelPrefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal))
            || ChapterKinds.Classify(label) != ChapterKind.Body; // the titles the Markdown/text readers know, in other languages too
    }

    // "cover.xhtml", "copyright_page.html", "titlepage.xhtml"; never "index" (Calibre names every file index_split_NNN).
    public static bool IsMatterFile(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        var name = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
        if (name is "title" or "contents" or "title-page" or "title_page")
        {
            return true;
        }

        var tokens = LetterRuns(name);
        return tokens.Any(MatterFileTokens.Contains) || (tokens.Contains("about") && tokens.Any(t => t.StartsWith("author", StringComparison.Ordinal)));
    }

    private static List<string> LetterRuns(string name)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var letter = i < name.Length && char.IsAsciiLetter(name[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                tokens.Add(name[start..i]);
                start = -1;
            }
        }

        return tokens;
    }
}
