using System.Collections.Frozen;
using Audiobook.Core.Books;

namespace Audiobook.Ingest;

/// <summary>Tells front and back matter from body chapters by title, for sources without semantic markup (Markdown, text).</summary>
internal static class ChapterKinds
{
    private static readonly FrozenSet<string> Front = new[]
    {
        "contents", "table of contents", "copyright", "dedication", "title page", "epigraph",
        "目录", "目錄", "版权", "版權", "版权页", "献词", "題辞", "目次", "차례", "목차",
        "índice", "sommaire", "table des matières", "inhalt", "inhaltsverzeichnis", "indice", "sumário", "содержание", "оглавление",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Back = new[]
    {
        "acknowledgements", "acknowledgments", "about the author", "about the authors", "notes", "endnotes", "footnotes",
        "index", "bibliography", "references", "glossary", "also by", "colophon",
        "致谢", "致謝", "作者简介", "作者簡介", "参考文献", "參考文獻", "注释", "註釋", "索引", "あとがき", "謝辞",
        "agradecimientos", "remerciements", "danksagung", "ringraziamenti", "agradecimentos", "благодарности", "примечания",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static ChapterKind Classify(string title)
    {
        var key = title.Trim().TrimEnd('.', ':', '：').Trim();
        return Front.Contains(key) ? ChapterKind.FrontMatter
            : Back.Contains(key) ? ChapterKind.BackMatter
            : ChapterKind.Body;
    }
}
