namespace Audiobook.Ingest.Epub;

/// <summary>A content document rewritten for the edition.</summary>
/// <param name="Xhtml">The document as XHTML (UTF-8, HTML5 doctype).</param>
/// <param name="Targets">For each mark id asked for, the id of the element that now holds its text; a mark whose text
/// could not be found is missing.</param>
/// <param name="Properties">The manifest properties its content needs (<c>svg</c>, <c>mathml</c>, <c>scripted</c>,
/// <c>remote-resources</c>).</param>
/// <param name="Ids">The ids of its elements in document order (where a link with a fragment lands).</param>
public sealed record EpubRewrittenDocument(byte[] Xhtml, IReadOnlyDictionary<string, string> Targets, IReadOnlyList<string> Properties, IReadOnlyList<string> Ids);
