using AngleSharp.Dom;

namespace Audiobook.Ingest.Epub;

/// <summary>
/// A content document's text as one stream: the data of all its text nodes, concatenated in document order. A
/// block's <see cref="Core.Books.TextSource"/> points into this stream, and the read-along writer, parsing the same
/// bytes with the same parser (<see cref="EpubHtml.Parse"/>), finds the same text nodes at the same offsets.
/// </summary>
internal static class EpubTextStream
{
    /// <summary>Every text node with the offset where its data starts in the stream, in document order.</summary>
    public static List<(IText Node, int Start)> Nodes(IDocument document)
    {
        var nodes = new List<(IText, int)>();
        var offset = 0;
        var stack = new Stack<(INode Parent, int Next)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (parent, next) = stack.Pop();
            var children = parent.ChildNodes;
            if (next >= children.Length)
            {
                continue;
            }

            stack.Push((parent, next + 1));
            var child = children[next];
            if (child is IText text)
            {
                nodes.Add((text, offset));
                offset += text.Data.Length;
            }
            else if (child.HasChildNodes)
            {
                stack.Push((child, 0));
            }
        }

        return nodes;
    }

    /// <summary>The stream offset of each text node.</summary>
    public static Dictionary<IText, int> Offsets(IDocument document)
    {
        var offsets = new Dictionary<IText, int>(ReferenceEqualityComparer.Instance);
        foreach (var (node, start) in Nodes(document))
        {
            offsets[node] = start;
        }

        return offsets;
    }
}
