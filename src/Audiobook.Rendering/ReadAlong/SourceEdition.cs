using System.Globalization;
using Audiobook.Core.Books;
using Audiobook.Ingest.Epub;
using Audiobook.Rendering.Graph;

namespace Audiobook.Rendering.ReadAlong;

/// <summary>
/// The text of an EPUB book as an edition: every resource of the source republished, each content document rewritten
/// as EPUB 3 XHTML with every spoken segment's text wrapped in place (found through the block's
/// <see cref="TextSource"/> and the segment's <see cref="Core.Segmentation.Segment.BlockSpan"/>, never by searching
/// the text). Front matter, notes and page numbers the audio leaves out stay in the text, unmarked.
/// </summary>
internal static class SourceEdition
{
    public static EditionLayout LayoutFor(EpubSourceBook source)
    {
        var root = source.PackagePath.Contains('/', StringComparison.Ordinal) ? source.PackagePath[..(source.PackagePath.LastIndexOf('/') + 1)] : string.Empty;
        var folder = root + "readalong/";
        for (var n = 2; source.Items.Any(i => i.OutputPath.StartsWith(folder, StringComparison.OrdinalIgnoreCase)); n++)
        {
            folder = string.Create(CultureInfo.InvariantCulture, $"{root}readalong-{n}/");
        }

        return new EditionLayout(source.PackagePath, folder);
    }

    public static EditionContent Build(Book book, IReadOnlyList<ChapterPlan> plans, EpubSourceBook source, EditionLayout layout)
    {
        var marks = new Dictionary<string, List<EpubTextMark>>(StringComparer.Ordinal);
        var owners = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            for (var i = 0; i < plan.Segments.Count; i++)
            {
                var segment = plan.Segments[i];
                var block = plan.Chapter.Blocks[segment.ParagraphIndex];
                if (block.Source is not { } origin || segment.BlockSpan is not { } span || origin.Map.Map(span) is not { } range)
                {
                    continue;
                }

                var id = string.Create(CultureInfo.InvariantCulture, $"ra{plan.Number:000}-{i + 1:0000}");
                if (!marks.TryGetValue(origin.Document, out var list))
                {
                    marks[origin.Document] = list = [];
                }

                list.Add(new EpubTextMark(id, range.Start, range.End));
                owners[id] = (plan.Number, i);
            }
        }

        var files = new List<EditionFile>();
        var targets = new Dictionary<(int, int), SegmentTarget>();
        var rewrites = new Dictionary<string, EpubRewrittenDocument>(StringComparer.Ordinal);
        foreach (var item in source.Items.Where(i => i.IsDocument))
        {
            rewrites[item.Id] = source.Rewrite(item, marks.GetValueOrDefault(item.Path) ?? [], layout.Stylesheet, book.Metadata.Title);
        }

        // A navigation document must list its links in reading order (EPUBCheck NAV-011). When the source's does not, its
        // page stays in the book as it is and the edition writes its own, from the same entries put in reading order.
        var ids = rewrites.ToDictionary(r => source.Items.First(i => i.Id == r.Key).OutputPath, r => r.Value.Ids, StringComparer.Ordinal);
        var order = new TocOrder(source, ids);
        var keepNav = source.Items.Any(i => i.IsNav) && order.IsInReadingOrder(source.Toc);
        foreach (var item in source.Items)
        {
            if (!item.IsDocument)
            {
                files.Add(new EditionFile(item.Id, item.OutputPath, item.MediaType, source.Read(item))
                {
                    Properties = item.IsCover ? ["cover-image"] : [],
                    FallbackId = item.FallbackId,
                });
                continue;
            }

            var rewritten = rewrites[item.Id];
            files.Add(new EditionFile(item.Id, item.OutputPath, item.MediaType, rewritten.Xhtml)
            {
                Properties = item.IsNav && keepNav ? ["nav", .. rewritten.Properties] : rewritten.Properties,
                FallbackId = item.FallbackId,
            });
            foreach (var (markId, elementId) in rewritten.Targets)
            {
                targets[owners[markId]] = new SegmentTarget(item.OutputPath, elementId);
            }
        }

        // A generated navigation document carries the source's landmarks and page list too (a kept one has its own), each
        // link only where its target document and id made it into the edition.
        // (EPUBCheck: a navigation link must reach a spine document, RSC-011, and an id defined there, RSC-012.)
        var inSpine = source.Items.Where(i => source.Spine.Any(s => s.ItemId == i.Id)).Select(i => i.OutputPath).ToHashSet(StringComparer.Ordinal);
        bool Resolves(string path, string? fragment) =>
            inSpine.Contains(path) && ids.TryGetValue(path, out var known) && (fragment is null || known.Contains(fragment));
        var landmarks = source.Landmarks.Where(l => Resolves(l.OutputPath, l.Fragment)).ToList();
        var pages = order.Sort([.. source.PageList.Where(p => Resolves(p.OutputPath!, p.Fragment))]);
        return new EditionContent(files, source.Spine, targets, keepNav ? source.Toc : order.Sort(source.Toc), keepNav, landmarks, pages);
    }
}
