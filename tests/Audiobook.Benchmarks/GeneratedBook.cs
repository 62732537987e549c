using System.Text;
using Audiobook.Core.Books;

namespace Audiobook.Benchmarks;

/// <summary>A deterministic English book of about the requested size, for benchmarks.</summary>
internal static class GeneratedBook
{
    private static readonly string[] Words =
    [
        "the", "harbour", "morning", "light", "walked", "slowly", "towards", "old", "market", "where", "traders", "called",
        "their", "prices", "over", "noise", "of", "carts", "and", "gulls", "a", "ship", "appeared", "on", "horizon", "anna",
        "counted", "coins", "she", "had", "earned", "smiled", "quietly", "while", "lamps", "were", "lit", "along", "street",
        "river", "bridge", "stone", "wind", "carried", "scent", "bread", "from", "bakery", "children", "laughed", "near",
    ];

    public static Book Create(int characters, int chapters = 30, string? editedSentence = null)
    {
        var random = new Random(42);
        var perChapter = characters / chapters;
        var list = new List<Chapter>();
        for (var c = 0; c < chapters; c++)
        {
            var title = $"Chapter {c + 1}";
            var blocks = new List<TextBlock> { new(BlockKind.Heading, title) };
            var written = 0;
            while (written < perChapter)
            {
                var paragraph = new StringBuilder();
                var sentences = random.Next(2, 6);
                for (var s = 0; s < sentences; s++)
                {
                    paragraph.Append(Sentence(random)).Append(' ');
                }

                var text = paragraph.ToString().TrimEnd();
                if (c == 0 && blocks.Count == 1 && editedSentence is not null)
                {
                    text = editedSentence + " " + text;
                }

                blocks.Add(new TextBlock(BlockKind.Paragraph, text));
                written += text.Length;
            }

            list.Add(new Chapter(c, title, blocks));
        }

        return new Book(new BookMetadata { Title = "Generated Benchmark Book", Authors = ["Bench Mark"], Language = "en" }, list);
    }

    private static string Sentence(Random random)
    {
        var count = random.Next(8, 20);
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = Words[random.Next(Words.Length)];
        }

        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + (random.Next(6) == 0 ? "?" : ".");
    }
}
