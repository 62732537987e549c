using System.Globalization;
using Audiobook.Core.Books;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Turns drafts into the book's chapters: drops drafts without text, tidies scene breaks, sets front/back matter by
/// position (matter before the first body chapter is front matter, the rest back matter), picks titles, and keeps
/// front/back matter only when the options ask for it.
/// </summary>
internal static class EpubChapterFinisher
{
    public static List<Chapter> Finish(IReadOnlyList<EpubChapterDraft> drafts, string bookTitle, IngestOptions options, out bool droppedMatterText)
    {
        var kept = drafts
            .Select(d => (Draft: d, Blocks: TidyBreaks(d.Blocks)))
            .Where(x => x.Blocks.Count > 0)
            .ToList();
        var firstBody = kept.FindIndex(x => !x.Draft.IsMatter);
        var kinds = kept
            .Select((x, i) => !x.Draft.IsMatter ? ChapterKind.Body : firstBody < 0 || i < firstBody ? ChapterKind.FrontMatter : ChapterKind.BackMatter)
            .ToList();

        var bodyNumber = 0;
        var titles = kept.Select((x, i) =>
        {
            var numbered = kinds[i] switch
            {
                ChapterKind.Body => "Chapter " + (++bodyNumber).ToString(CultureInfo.InvariantCulture),
                ChapterKind.FrontMatter => "Front matter",
                _ => "Back matter",
            };
            var heading = x.Blocks.Take(3).FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Text;
            var title = EpubChapterTitles.Choose(x.Draft.Label, heading, x.Draft.DocumentTitle, bookTitle, numbered, x.Draft.ParentTitle);
            return EpubChapterTitles.WithGroup(title, x.Draft.Label, x.Draft.GroupTitle);
        }).ToList();
        titles = EpubChapterTitles.Disambiguate(titles, kept.Select(x => x.Draft.ParentTitle).ToList());

        var chapters = new List<Chapter>();
        droppedMatterText = false;
        for (var i = 0; i < kept.Count; i++)
        {
            var include = kinds[i] switch
            {
                ChapterKind.FrontMatter => options.IncludeFrontMatter,
                ChapterKind.BackMatter => options.IncludeBackMatter,
                _ => true,
            };
            if (include)
            {
                chapters.Add(new Chapter(chapters.Count, titles[i], kept[i].Blocks, kinds[i]));
            }
            else
            {
                droppedMatterText = true;
            }
        }

        return chapters;
    }

    // No scene break at the start or end of a chapter, nor two in a row; empty when nothing but breaks remains.
    private static List<TextBlock> TidyBreaks(List<TextBlock> blocks)
    {
        var tidy = new List<TextBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.SceneBreak && (tidy.Count == 0 || tidy[^1].Kind == BlockKind.SceneBreak))
            {
                continue;
            }

            tidy.Add(block);
        }

        if (tidy.Count > 0 && tidy[^1].Kind == BlockKind.SceneBreak)
        {
            tidy.RemoveAt(tidy.Count - 1);
        }

        return tidy;
    }
}
