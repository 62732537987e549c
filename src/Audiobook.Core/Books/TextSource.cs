using Audiobook.Core.Text;

namespace Audiobook.Core.Books;

/// <summary>Where a block's text stands in its source document.</summary>
/// <param name="Document">The content document (an EPUB archive entry name).</param>
/// <param name="Map">From the block's <see cref="TextBlock.Text"/> to offsets in the document's text: the data of all its
/// text nodes, concatenated in document order.</param>
public sealed record TextSource(string Document, SourceMap Map);
