namespace Audiobook.Ingest.Epub;

/// <summary>What one XHTML content document holds for narration.</summary>
/// <param name="Items">Blocks and TOC anchor positions in document order.</param>
/// <param name="FirstHeading">Text of the first h1–h3, for titles when the TOC gives none.</param>
/// <param name="Title">The document's &lt;title&gt;.</param>
/// <param name="Semantics">epub:type and role tokens of the body and its leading section (e.g. "chapter", "copyright-page").</param>
/// <param name="AnchorSemantics">epub:type and role tokens of each found anchor element and its parent.</param>
/// <param name="SplittingAnchors">The anchors that cut a paragraph in two (an id inside running text).</param>
internal sealed record EpubDocumentContent(
    IReadOnlyList<EpubContentItem> Items,
    string? FirstHeading,
    string? Title,
    IReadOnlyList<string> Semantics,
    IReadOnlyDictionary<string, IReadOnlyList<string>> AnchorSemantics,
    IReadOnlySet<string> SplittingAnchors)
{
    /// <summary>Characters of narrated text in the document.</summary>
    public long TextLength => Items.Sum(i => (long)(i.Block?.Text.Length ?? 0));
}
