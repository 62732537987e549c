using System.Text;
using Audiobook.Core.Books;
using Audiobook.Ingest;
using Audiobook.Ingest.Epub;
using Audiobook.Rendering.Delivery;
using Audiobook.Rendering.Graph;

namespace Audiobook.Rendering.ReadAlong;

/// <summary>
/// Builds the read-along EPUB 3 from a finished render: the book's text (the source's own documents for an EPUB,
/// generated chapters otherwise) with every spoken segment marked, each chapter's mastered AAC (the file the M4B is
/// muxed from, not encoded again), one Media Overlay per content document whose clips come from the chapter
/// states' caption cues, a navigation document, and the stylesheet that highlights the active sentence.
/// </summary>
internal sealed class ReadAlongAssembler(TimeProvider timeProvider)
{
    public async Task<string> AssembleAsync(
        Book book, IReadOnlyList<ChapterPlan> plans, IReadOnlyList<ChapterState> states, RenderSettings settings, string workDirectory, CancellationToken cancellationToken)
    {
        using var source = book.SourceArchive.IsEmpty ? null : EpubSourceBook.Open(book.SourceArchive, IngestOptions.Default, book.Metadata.Title);
        var layout = source is null ? GeneratedEdition.Layout : SourceEdition.LayoutFor(source);
        var content = source is null ? GeneratedEdition.Build(book, plans) : SourceEdition.Build(book, plans, source, layout);
        var ids = content.Files.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var files = new List<EditionFile>();

        var byNumber = states.ToDictionary(s => s.Number);
        var chapters = plans.Select(p => new ChapterAudio(p.Number, layout.Audio(p.Number), SegmentClips.For(byNumber[p.Number].Cues, byNumber[p.Number].DurationMs))).ToList();
        foreach (var chapter in chapters)
        {
            var aac = Path.Combine(workDirectory, byNumber[chapter.Number].AacFile ?? throw new InvalidOperationException($"chapter {chapter.Number} has no AAC"));
            files.Add(new EditionFile(PackageDocumentWriter.Unique($"audio-{chapter.Number:000}", ids), chapter.AudioPath, "audio/mp4", null, aac));
        }

        var overlays = OverlayPlanner.Plan(chapters, (n, i) => content.Targets.TryGetValue((n, i), out var target) ? target : null);
        var durations = new Dictionary<string, long>(StringComparer.Ordinal);
        var overlayOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in content.Files.Where(f => overlays.ContainsKey(f.Path)))
        {
            var pars = overlays[document.Path];
            var name = PackageDocumentWriter.Unique(Path.GetFileNameWithoutExtension(document.Path), names);
            var id = PackageDocumentWriter.Unique("overlay-" + name, ids);
            var path = layout.Overlay(name);
            files.Add(new EditionFile(id, path, "application/smil+xml", SmilWriter.Write(path, pars)));
            durations[id] = pars.Sum(p => p.DurationMs);
            overlayOf[document.Path] = id;
        }

        files.Add(new EditionFile(PackageDocumentWriter.Unique("readalong-css", ids), layout.Stylesheet, "text/css", Encoding.UTF8.GetBytes(ReadAlongStylesheet.Css)));
        if (!content.HasNav)
        {
            var nav = NavDocumentWriter.Write(layout.Nav, book.Metadata.Title, book.Metadata.Language, content.Toc, layout.Stylesheet, content.Landmarks, content.PageList);
            files.Add(new EditionFile(PackageDocumentWriter.Unique("nav", ids), layout.Nav, "application/xhtml+xml", nav) { Properties = ["nav"] });
        }

        var all = content.Files.Select(f => overlayOf.TryGetValue(f.Path, out var overlay) ? f with { OverlayId = overlay } : f).Concat(files).ToList();
        var metadata = new PackageMetadata(book.Metadata, settings.Voice.Voice, timeProvider.GetUtcNow(), durations);
        var package = PackageDocumentWriter.Write(layout.PackagePath, metadata, all, content.Spine);
        var output = Path.Combine(settings.OutputDirectory, (settings.BookFileName ?? ChapterPlanner.SafeName(book.Metadata.Title, "book")) + ".epub");
        await EditionArchive.WriteAsync(output, layout.PackagePath, package, all, cancellationToken).ConfigureAwait(false);
        return output;
    }
}
