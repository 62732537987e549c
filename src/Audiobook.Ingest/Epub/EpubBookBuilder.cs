using Audiobook.Core.Books;
using Audiobook.Core.Costs;

namespace Audiobook.Ingest.Epub;

/// <summary>Reads one opened EPUB archive into a <see cref="Book"/>: DRM check, container, OPF, navigation, chapters, cover, lexicon.</summary>
internal sealed class EpubBookBuilder(EpubArchive archive, IngestOptions options, string fallbackTitle)
{
    private const int MaxFallbackHops = 8;

    private string? bookLanguage;

    public Book Build()
    {
        EpubDrmCheck.ThrowIfProtected(archive);
        var packagePath = EpubContainerReader.ReadPackagePath(archive);
        var package = EpubPackageParser.Parse(EpubXml.Load(archive.Read(packagePath, "package document"), packagePath), packagePath);
        var metadata = EpubMetadataReader.Read(package, fallbackTitle);
        bookLanguage = metadata.Language;

        var documents = SpineDocuments(package);
        var navigation = EpubNavigationReader.Read(package, archive);
        var landmarks = navigation.Landmarks.Select(l => l with { Target = Canonical(l.Target) }).ToList();
        var assembler = new EpubChapterAssembler(documents, landmarks, Extract);
        var spinePaths = documents.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var toc = EpubTocChapters.Prepare(navigation.Toc, href => Canonical(href) is var target && spinePaths.Contains(target.Path) ? target : null);
        var drafts = IsUsable(EpubTocChapters.Choose(toc, seconds: null), documents) ? FromToc(assembler, toc) : assembler.FromSpine();
        var chapters = EpubChapterFinisher.Finish(drafts, metadata.Title, options, out var droppedMatter);
        if (chapters.Count == 0)
        {
            throw new EpubFormatException(droppedMatter
                ? "no body text: everything readable is front or back matter (IncludeFrontMatter / IncludeBackMatter keep it)"
                : "no readable text");
        }

        return new Book(metadata, chapters, EpubCoverReader.Read(package, archive), EpubLexiconReader.Read(package, archive));
    }

    private EpubDocumentContent Extract(EpubSpineDocument document, IReadOnlySet<string> anchors)
    {
        var html = EpubHtml.Parse(archive.Read(document.Path, "spine document"), document.Path);
        return EpubContentExtractor.Extract(html, anchors, bookLanguage, options.MaxParagraphChars, document.Path);
    }

    // A missing linear spine file is an error (the narration would silently lose a chapter); a missing
    // non-linear one is skipped. Non-XHTML spine items follow their manifest fallback or are skipped.
    private List<EpubSpineDocument> SpineDocuments(EpubPackage package)
    {
        var documents = new List<EpubSpineDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var itemref in package.Spine)
        {
            var item = itemref.Item;
            for (var hop = 0; !item.IsDocument && hop < MaxFallbackHops && package.FindById(item.FallbackId) is { } fallback; hop++)
            {
                item = fallback;
            }

            if (!item.IsDocument || item.Path is null)
            {
                continue;
            }

            var path = archive.Find(item.Path);
            if (path is null)
            {
                if (itemref.Linear)
                {
                    throw new EpubFormatException($"spine document {item.Path} is missing from the archive");
                }

                continue;
            }

            if (seen.Add(path))
            {
                documents.Add(new EpubSpineDocument(path, itemref.Linear));
            }
        }

        return documents.Count > 0 ? documents : throw new EpubFormatException("the spine lists no XHTML content documents");
    }

    // Cuts the book at every linked entry to measure the text each one starts (Core's speech-rate model), chooses the
    // depth of the chapters with those lengths, and cuts again at the chosen entries only (documents are parsed once).
    private static List<EpubChapterDraft> FromToc(EpubChapterAssembler assembler, List<EpubTocNode> toc)
    {
        var candidates = EpubTocChapters.Starts(toc);
        var measured = assembler.FromToc(candidates);
        var byStart = new Dictionary<EpubChapterStart, EpubChapterDraft>(ReferenceEqualityComparer.Instance);
        foreach (var draft in measured.Where(d => d.Start is not null))
        {
            byStart[draft.Start!] = draft;
        }

        // Lengths are estimated only where the structure leaves the depth open (Choose asks once per entry).
        var chosen = EpubTocChapters.Choose(
            toc,
            start => byStart.TryGetValue(start, out var draft) ? draft.Blocks.Sum(b => SpeechRateModel.Default.Seconds(b.Text)) : 0);
        return chosen.Count == candidates.Count ? measured : assembler.FromToc(chosen);
    }

    // The TOC is useless when no entry reaches a spine document, when every chapter it gives starts at the same place
    // and more than one file follows it, or when it lists only front/back matter; the reader then makes one chapter per
    // spine file.
    private static bool IsUsable(List<EpubChapterStart> starts, List<EpubSpineDocument> documents)
    {
        if (starts.Count == 0 || starts.All(s => EpubMatterClassifier.IsMatterLabel(s.Title)))
        {
            return false;
        }

        // One place only ("Start" pointing at the first file) while several files follow it: one chapter would swallow them.
        var targets = starts.Select(s => s.Target).Distinct().ToList();
        if (targets.Count > 1)
        {
            return true;
        }

        var first = documents.FindIndex(d => d.Path == targets[0].Path);
        return documents.Skip(first).Count(d => d.Linear) <= 1;
    }

    private EpubHref Canonical(EpubHref href) => href with { Path = archive.Find(href.Path) ?? href.Path };
}
