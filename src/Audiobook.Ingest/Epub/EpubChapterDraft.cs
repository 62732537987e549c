using Audiobook.Core.Books;

namespace Audiobook.Ingest.Epub;

/// <summary>A chapter being assembled: where it came from, whether it is front/back matter, and its blocks so far.</summary>
internal sealed class EpubChapterDraft
{
    /// <summary>The TOC entry the chapter begins at, or null when it does not come from the TOC.</summary>
    public EpubChapterStart? Start { get; init; }

    /// <summary>The TOC label, or null when the chapter does not come from the TOC.</summary>
    public string? Label => Start?.Title;

    public string? ParentTitle => Start?.ParentTitle;

    public string? GroupTitle => Start?.GroupTitle;

    /// <summary>The &lt;title&gt; of the document the chapter starts in.</summary>
    public string? DocumentTitle { get; init; }

    public bool IsMatter { get; init; }

    public List<TextBlock> Blocks { get; } = [];
}
