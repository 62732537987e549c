using Audiobook.Core.Books;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// Walks the content documents in spine order and cuts them into chapter drafts. With a TOC: a chapter starts at
/// each entry's target (a whole file, or the element with the <c>#id</c>, splitting the file by document order) and
/// runs to the next start, so spine files between targets belong to the preceding chapter, except a file that is
/// itself front/back matter, which becomes its own draft. Files before the first target get one draft each and are
/// front matter, unless one holds more than <see cref="LeadInBodyChars"/> characters without any sign of being front
/// matter (a prologue the TOC forgot is narrated, not dropped). Without a usable TOC: one draft per linear file.
/// Non-linear spine files (notes, pop-ups) are read only when a TOC entry points at them. Extracted documents are kept,
/// so the book can be cut at every TOC entry to measure it, then at the chosen entries, without parsing it twice.
/// </summary>
internal sealed class EpubChapterAssembler(
    IReadOnlyList<EpubSpineDocument> documents,
    IReadOnlyList<EpubLandmark> landmarks,
    Func<EpubSpineDocument, IReadOnlySet<string>, EpubDocumentContent> extract)
{
    /// <summary>Text length above which an untitled file before the TOC's first entry is taken for body text.</summary>
    public const int LeadInBodyChars = 1_500;

    private readonly ILookup<string, EpubLandmark> landmarksByPath = landmarks.ToLookup(l => l.Target.Path, StringComparer.Ordinal);
    private readonly Dictionary<string, (IReadOnlySet<string> Anchors, EpubDocumentContent Content)> extracted = new(StringComparer.Ordinal);

    public List<EpubChapterDraft> FromToc(IReadOnlyList<EpubChapterStart> starts)
    {
        var byDocument = starts
            .GroupBy(s => s.Target.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var drafts = new List<EpubChapterDraft>();
        var activated = new HashSet<EpubChapterStart>(ReferenceEqualityComparer.Instance);
        EpubChapterDraft? current = null;

        foreach (var document in documents)
        {
            var documentStarts = byDocument.GetValueOrDefault(document.Path) ?? [];
            if (!document.Linear && documentStarts.Count == 0)
            {
                continue;
            }

            var byFragment = documentStarts
                .Where(s => s.Target.Fragment is not null)
                .ToLookup(s => s.Target.Fragment!, StringComparer.Ordinal);
            var content = Content(document, byFragment.Select(g => g.Key).ToHashSet(StringComparer.Ordinal));

            // Entries without a fragment, or whose id is not in the file, start at the top of the file.
            var atTop = documentStarts
                .Where(s => s.Target.Fragment is null || !content.AnchorSemantics.ContainsKey(s.Target.Fragment))
                .ToList();
            if (atTop.Count > 0)
            {
                foreach (var start in atTop)
                {
                    Activate(start, document, content);
                }
            }
            else if (activated.Count == 0)
            {
                current = NewDraft(content, isMatter: IsMatterDocument(document, content) || content.TextLength < LeadInBodyChars);
            }
            else if (IsMatterDocument(document, content))
            {
                current = NewDraft(content, isMatter: true);
            }

            foreach (var item in content.Items)
            {
                if (item.Anchor is { } anchor)
                {
                    foreach (var start in byFragment[anchor])
                    {
                        Activate(start, document, content);
                    }
                }
                else if (item.Block is { } block)
                {
                    current!.Blocks.Add(block);
                }
            }
        }

        return drafts;

        void Activate(EpubChapterStart start, EpubSpineDocument document, EpubDocumentContent content)
        {
            if (!activated.Add(start))
            {
                return;
            }

            var fragment = start.Target.Fragment;
            var semantics = fragment is not null && content.AnchorSemantics.TryGetValue(fragment, out var anchorSemantics)
                ? anchorSemantics
                : content.Semantics;
            var landmarkTypes = landmarksByPath[start.Target.Path]
                .Where(l => l.Target.Fragment == fragment)
                .Select(l => l.Type);
            var wholeFile = fragment is null || !content.AnchorSemantics.ContainsKey(fragment);
            current = new EpubChapterDraft
            {
                Start = start,
                DocumentTitle = content.Title,
                IsMatter = EpubMatterClassifier.IsMatter(start.Title, wholeFile ? document.Path : null, semantics, landmarkTypes),
            };
            drafts.Add(current);
        }

        EpubChapterDraft NewDraft(EpubDocumentContent content, bool isMatter)
        {
            var draft = new EpubChapterDraft { DocumentTitle = content.Title, IsMatter = isMatter };
            drafts.Add(draft);
            return draft;
        }
    }

    public List<EpubChapterDraft> FromSpine()
    {
        var drafts = new List<EpubChapterDraft>();
        foreach (var document in documents.Where(d => d.Linear))
        {
            var content = Content(document, EpubContentExtractor.NoAnchors);
            var draft = new EpubChapterDraft { DocumentTitle = content.Title, IsMatter = IsMatterDocument(document, content) };
            draft.Blocks.AddRange(content.Items.Select(i => i.Block).OfType<TextBlock>());
            drafts.Add(draft);
        }

        return drafts;
    }

    // A document extracted with more anchors reads the same, apart from the anchor items, unless one of the extra anchors
    // cut a paragraph: then it is read again so the paragraph stays whole.
    private EpubDocumentContent Content(EpubSpineDocument document, IReadOnlySet<string> anchors)
    {
        if (extracted.TryGetValue(document.Path, out var kept)
            && anchors.IsSubsetOf(kept.Anchors)
            && !kept.Content.SplittingAnchors.Any(a => !anchors.Contains(a)))
        {
            return kept.Content;
        }

        var content = extract(document, anchors);
        extracted[document.Path] = (anchors, content);
        return content;
    }

    private bool IsMatterDocument(EpubSpineDocument document, EpubDocumentContent content) =>
        EpubMatterClassifier.IsMatter(
            content.FirstHeading,
            document.Path,
            content.Semantics,
            landmarksByPath[document.Path].Select(l => l.Type));
}
