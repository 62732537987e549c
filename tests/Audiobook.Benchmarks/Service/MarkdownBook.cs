using System.Text;
using Audiobook.Core.Books;

namespace Audiobook.Benchmarks.Service;

/// <summary>Writes a <see cref="Book"/> as Markdown (one <c>#</c> title, <c>##</c> per chapter), so the service can import the
/// generated benchmark book as a publisher would upload it.</summary>
internal static class MarkdownBook
{
    public static string Write(Book book)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(book.Metadata.Title).Append("\n\n");
        foreach (var chapter in book.Chapters)
        {
            text.Append("## ").Append(chapter.Title).Append("\n\n");
            foreach (var block in chapter.Blocks.Where(b => b.Kind != BlockKind.Heading))
            {
                text.Append(block.Text).Append("\n\n");
            }
        }

        return text.ToString();
    }
}
