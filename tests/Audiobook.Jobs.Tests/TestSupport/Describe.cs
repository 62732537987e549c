using System.Globalization;
using Audiobook.Jobs.State;

namespace Audiobook.Jobs.Tests.TestSupport;

/// <summary>What a wait last saw, written so a timeout message says it (a list's own ToString names only its type).</summary>
internal static class Describe
{
    public static string Chapters(IEnumerable<RenderChapter> chapters) =>
        string.Join("; ", chapters.OrderBy(c => c.Number).Select(c =>
            string.Create(CultureInfo.InvariantCulture, $"#{c.Number} {c.State} {c.SegmentsDone}/{c.SegmentsTotal} attempt {c.Attempts} on {c.Worker ?? "-"}")));
}
