using System.Globalization;
using Audiobook.Rendering;

namespace Audiobook.Cli.Rendering;

/// <summary>The table printed when a render ends: chapters, durations, levels, cost and anything suspicious.</summary>
internal static class RenderSummary
{
    public static async Task WriteAsync(RenderResult result, TextWriter output)
    {
        var m = result.Manifest;
        var ic = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(ic, $"{"#",3}  {"title",-34} {"duration",9} {"chars",7} {"LUFS",7} {"TP",6} {"RMS",6} {"floor",6}  levels")).ConfigureAwait(false);
        foreach (var c in m.Chapters)
        {
            var title = c.Title.Length > 34 ? c.Title[..33] + "…" : c.Title;
            var levels = c.LevelsPass ? "pass" : "FAIL " + string.Join("; ", c.LevelFailures);
            await output.WriteLineAsync(string.Create(
                ic,
                $"{c.Index,3}  {title,-34} {Duration(c.DurationMs),9} {c.Characters,7} {c.IntegratedLufs,7:0.0} {c.TruePeakDbtp,6:0.0} {c.RmsDb,6:0.0} {c.NoiseFloorDb,6:0.0}  {levels}")).ConfigureAwait(false);
        }

        var t = m.Totals;
        await output.WriteLineAsync(string.Create(
            ic,
            $"total: {m.Chapters.Count} chapters, {Duration(t.DurationMs)}, {t.Characters:N0} characters, book cost {t.EstimatedCost:0.00##} {t.Currency}; "
            + $"this run: {result.SegmentsSynthesized} segments synthesized ({result.BilledCharacters:N0} characters billed), {result.SegmentsFromCache} from cache, "
            + $"{result.ChaptersRendered} chapters rendered, {result.ChaptersUpToDate} up to date, {result.Retries} TTS retries")).ConfigureAwait(false);
        foreach (var s in m.Suspicious)
        {
            await output.WriteLineAsync(string.Create(ic, $"suspicious: chapter {s.Chapter} segment {s.Position}: {s.Reason}: \"{Shorten(s.Text)}\"")).ConfigureAwait(false);
        }

        var files = new[] { result.M4bPath, result.EpubPath }.OfType<string>().Select(Path.GetFileName).ToList();
        await output.WriteLineAsync($"output: {Path.GetDirectoryName(result.ManifestPath)}{(files.Count == 0 ? "" : $" ({string.Join(", ", files)})")}").ConfigureAwait(false);
    }

    private static string Duration(long ms) =>
        TimeSpan.FromMilliseconds(ms).ToString(ms >= 3_600_000 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length > 60 ? text[..59] + "…" : text;
}
