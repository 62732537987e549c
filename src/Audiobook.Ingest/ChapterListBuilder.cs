using Audiobook.Core.Books;

namespace Audiobook.Ingest;

/// <summary>Collects chapters as a reader finds them, then keeps the ones the options ask for and numbers them.</summary>
internal sealed class ChapterListBuilder
{
    private readonly List<(string Title, List<TextBlock> Blocks, ChapterKind Kind)> _chapters = [];

    /// <summary>Starts a chapter; following blocks belong to it.</summary>
    public List<TextBlock> Start(string title, ChapterKind kind)
    {
        var blocks = new List<TextBlock>();
        _chapters.Add((title, blocks, kind));
        return blocks;
    }

    public int Count => _chapters.Count;

    /// <summary>The chapters with text in them, front/back matter filtered by <paramref name="options"/>, indexed 0, 1, 2, ….</summary>
    public IReadOnlyList<Chapter> Build(IngestOptions options)
    {
        var result = new List<Chapter>();
        foreach (var (title, blocks, kind) in _chapters)
        {
            if (!blocks.Any(b => b.Kind != BlockKind.SceneBreak && b.Text.Length > 0))
            {
                continue;
            }

            if ((kind == ChapterKind.FrontMatter && !options.IncludeFrontMatter) || (kind == ChapterKind.BackMatter && !options.IncludeBackMatter))
            {
                continue;
            }

            result.Add(new Chapter(result.Count, title, TrimSceneBreaks(blocks), kind));
        }

        return result;
    }

    // A scene break at the very start or end of a chapter, or right after another, carries no meaning.
    private static List<TextBlock> TrimSceneBreaks(List<TextBlock> blocks)
    {
        var trimmed = new List<TextBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.SceneBreak && (trimmed.Count == 0 || trimmed[^1].Kind is BlockKind.SceneBreak or BlockKind.Heading))
            {
                continue;
            }

            trimmed.Add(block);
        }

        while (trimmed.Count > 0 && trimmed[^1].Kind == BlockKind.SceneBreak)
        {
            trimmed.RemoveAt(trimmed.Count - 1);
        }

        return trimmed;
    }
}
