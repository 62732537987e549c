using System.Globalization;
using Audiobook.Core.Books;
using Audiobook.Ingest.Epub;
using Audiobook.Rendering.Graph;

namespace Audiobook.Rendering.ReadAlong;

/// <summary>The text of a Markdown or plain-text book as an edition: one generated XHTML chapter per rendered chapter
/// (<see cref="ChapterDocumentWriter"/>), the cover when the book has one, and a table of contents of the chapters.</summary>
internal static class GeneratedEdition
{
    public static EditionLayout Layout { get; } = new("EPUB/package.opf", "EPUB/");

    public static EditionContent Build(Book book, IReadOnlyList<ChapterPlan> plans)
    {
        var layout = Layout;
        var files = new List<EditionFile>();
        var spine = new List<EpubSourceSpineItem>();
        var targets = new Dictionary<(int, int), SegmentTarget>();
        foreach (var plan in plans)
        {
            var path = layout.Text(plan.Number);
            var id = string.Create(CultureInfo.InvariantCulture, $"chapter-{plan.Number:000}");
            files.Add(new EditionFile(id, path, "application/xhtml+xml", ChapterDocumentWriter.Write(path, plan.Number, plan.Chapter, plan.Segments, book.Metadata.Language, layout.Stylesheet)));
            spine.Add(new EpubSourceSpineItem(id, Linear: true));
            for (var i = 0; i < plan.Segments.Count; i++)
            {
                if (plan.Segments[i].BlockSpan is not null)
                {
                    targets[(plan.Number, i)] = new SegmentTarget(path, ChapterDocumentWriter.IdOf(plan.Number, i));
                }
            }
        }

        if (book.Cover is { } cover)
        {
            var extension = cover.MediaType == "image/png" ? "png" : "jpg";
            files.Add(new EditionFile("cover-image", $"{layout.Folder}images/cover.{extension}", cover.MediaType, cover.Data.ToArray()) { Properties = ["cover-image"] });
        }

        var toc = plans.Select(p => new EpubSourceTocEntry(p.Chapter.Title, layout.Text(p.Number), null, [])).ToList();
        return new EditionContent(files, spine, targets, toc, HasNav: false);
    }
}
