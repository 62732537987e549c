using System.Globalization;
using System.Text;

namespace Audiobook.Jobs.Tests.TestSupport;

/// <summary>Small Markdown books with distinct text per seed, so renders of different books share no segment.</summary>
internal static class TestBooks
{
    private static readonly string[] Subjects = ["The keeper", "A young sailor", "The old mapmaker", "Her brother", "The baker", "A quiet stranger", "The lighthouse cat", "Our neighbour"];
    private static readonly string[] Verbs = ["carried", "painted", "forgot", "counted", "mended", "hid", "followed", "described"];
    private static readonly string[] Objects = ["the lantern", "a crooked boat", "seven letters", "the harbour wall", "a basket of apples", "the winter map", "an empty jar", "the blue door"];
    private static readonly string[] Endings = ["before the tide turned", "while the town slept", "without a word", "in the grey morning", "as the bells rang", "under the pale moon"];

    public static byte[] Markdown(string title, int chapters, int sentencesPerChapter, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"# {title}\n\n");
        for (var c = 1; c <= chapters; c++)
        {
            text.Append(CultureInfo.InvariantCulture, $"## Chapter {Words(c)} of book {seed}\n\n");
            for (var s = 0; s < sentencesPerChapter; s++)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"{Pick(random, Subjects)} {Pick(random, Verbs)} {Pick(random, Objects)} {Pick(random, Endings)}, said the story {seed} at line {s + 1}. ");
                if (s % 4 == 3)
                {
                    text.Append("\n\n");
                }
            }

            text.Append("\n\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private static string Words(int n) => n switch
    {
        1 => "One", 2 => "Two", 3 => "Three", 4 => "Four", 5 => "Five", 6 => "Six",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}
