using Audiobook.Core.Books;

namespace Audiobook.Ingest.Epub;

/// <summary>A chapter being assembled: where it came from, whether it is front/back matter, and its blocks so far.</summary>
internal sealed class EpubChapterDraft
{
    /// <summary>The TOC label, or null when the chapter does not come from the TOC.</summary>
    public string? Label { get; init; }

    public string? ParentTitle { get; init; }

    /// <summary>The &lt;title&gt; of the document the chapter starts in.</summary>
    public string? DocumentTitle { get; init; }

    public bool IsMatter { get; init; }

    public List<TextBlock> Blocks { get; } = [];
}
