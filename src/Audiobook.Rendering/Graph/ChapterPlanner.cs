using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Audiobook.Core.Books;
using Audiobook.Core.Costs;
using Audiobook.Core.Segmentation;
using Audiobook.Rendering.Cache;

namespace Audiobook.Rendering.Graph;

/// <summary>Turns segmented chapters into <see cref="ChapterPlan"/>s: cache keys, file stems and input hashes.</summary>
internal static class ChapterPlanner
{
    public const string WorkingFormat = "pcm_s16le_mono";

    public static IReadOnlyList<ChapterPlan> Plan(Book book, IReadOnlyList<ChapterSegments> chapters, RenderSettings settings)
    {
        var format = $"{WorkingFormat}@{settings.SampleRate}";
        var shared = SharedInputs(book, settings, chapters.Count(c => c.Segments.Count > 0));
        var plans = new List<ChapterPlan>();
        foreach (var chapter in chapters.Where(c => c.Segments.Count > 0))
        {
            var number = plans.Count + 1;
            var keys = chapter.Segments.Select(s => SegmentCacheKey.For(s, settings.Voice, format)).ToList();
            var hashInput = new StringBuilder(shared);
            hashInput.Append(CultureInfo.InvariantCulture, $"\nchapter={number}\ntitle={chapter.Chapter.Title}");
            for (var i = 0; i < keys.Count; i++)
            {
                hashInput.Append('\n').Append(keys[i]).Append(' ').Append(chapter.Segments[i].PauseAfter);
            }

            plans.Add(new ChapterPlan(
                chapter.Chapter,
                number,
                chapter.Segments,
                keys,
                FileStem(number, chapter.Chapter.Title),
                Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hashInput.ToString())))[..32])
            {
                BilledCharacters = chapter.Segments.Sum(s => BillingCounter.Count(s.Text)),
            });
        }

        return plans;
    }

    /// <summary>A file name like <c>03_The Long Night</c>: numbered for sort order, title kept readable.</summary>
    public static string FileStem(int number, string title) =>
        string.Create(CultureInfo.InvariantCulture, $"{number:00}_{SafeName(title, "Chapter")}");

    /// <summary>The title without characters unsafe in file names, whitespace folded, at most 60 characters.</summary>
    public static string SafeName(string title, string fallback)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var clean = new StringBuilder();
        foreach (var c in title)
        {
            if (char.IsControl(c) || invalid.Contains(c) || c is '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|')
            {
                continue;
            }

            clean.Append(c);
        }

        var text = string.Join(' ', clean.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        if (text.Length > 60)
        {
            text = text[..60].TrimEnd();
        }

        return text.Length == 0 ? fallback : text;
    }

    private static string SharedInputs(Book book, RenderSettings settings, int chapterCount) =>
        string.Join(
            '\n',
            "v1",
            JsonSerializer.Serialize(settings.Profile),
            JsonSerializer.Serialize(settings.Pauses),
            // The read-along EPUB is built from the chapters' files afterwards; asking for it changes no chapter.
            (settings.Formats & ~OutputFormats.Epub3).ToString(),
            settings.Voice.CanonicalForm(),
            book.Metadata.Title,
            string.Join(';', book.Metadata.Authors),
            chapterCount.ToString(CultureInfo.InvariantCulture),
            book.Cover is null ? "no-cover" : Convert.ToHexStringLower(SHA256.HashData(book.Cover.Data.Span)));
}
