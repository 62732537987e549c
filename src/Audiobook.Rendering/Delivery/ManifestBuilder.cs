using Audiobook.Core.Books;
using Audiobook.Media.Encoding;
using Audiobook.Rendering.Progress;

namespace Audiobook.Rendering.Delivery;

/// <summary>Builds <see cref="RenderManifest"/> from the chapter states, in chapter order, with running start times.</summary>
internal static class ManifestBuilder
{
    // Chapter starts come from the M4B's marks when one was assembled (they follow the encoded AAC frames).
    public static RenderManifest Build(Book book, RenderSettings settings, IReadOnlyList<ChapterState> states, RenderProgress thisRun, string? m4bFile, IReadOnlyList<ChapterMarker>? marks)
    {
        var chapters = new List<ManifestChapter>();
        long start = 0;
        var ordered = states.OrderBy(s => s.Number).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var s = ordered[i];
            if (marks is not null && marks.Count == ordered.Count)
            {
                start = (long)Math.Round(marks[i].Start.TotalMilliseconds);
            }

            chapters.Add(new ManifestChapter
            {
                Index = s.Number,
                Title = s.Title,
                StartMs = start,
                DurationMs = s.DurationMs,
                Characters = s.Characters,
                Segments = s.Segments,
                Mp3File = s.Mp3File,
                Mp3Parts = s.Mp3Parts.Count > 1 ? s.Mp3Parts : null,
                CaptionsFile = s.CaptionsFile,
                IntegratedLufs = Math.Round(s.Levels.IntegratedLufs, 2),
                TruePeakDbtp = Math.Round(s.Levels.TruePeakDbtp, 2),
                RmsDb = Math.Round(s.Levels.RmsDb, 2),
                NoiseFloorDb = Math.Round(s.Levels.NoiseFloorDb, 2),
                GainDb = Math.Round(s.Levels.GainDb, 2),
                LevelsPass = s.Levels.Pass,
                LevelFailures = s.Levels.Failures,
            });
            start += s.DurationMs;
        }

        var characters = states.Sum(s => s.Characters);
        var formats = new List<string>();
        if (settings.Formats.HasFlag(OutputFormats.M4b))
        {
            formats.Add("m4b");
        }

        if (settings.Formats.HasFlag(OutputFormats.Mp3))
        {
            formats.Add("mp3");
        }

        if (settings.Formats.HasFlag(OutputFormats.Epub3))
        {
            formats.Add("epub3");
        }

        var v = settings.Voice;
        return new RenderManifest
        {
            Book = new ManifestBook(book.Metadata.Title, book.Metadata.Authors, book.Metadata.Language, book.Metadata.Identifier, book.Metadata.Publisher, book.Metadata.Date),
            Settings = new ManifestSettings(v.Model, v.Voice, v.SpeechRate, v.PitchRate, v.Volume, settings.Profile.Name, formats, settings.SampleRate),
            Chapters = chapters,
            Totals = new ManifestTotals(
                characters, (int)thisRun.BilledCharacters, start, Math.Round(characters * settings.PricePer10kCharacters / 10_000m, 4), settings.Currency, thisRun.Retries),
            M4bFile = m4bFile,
            Suspicious = states.SelectMany(s => s.Suspicious)
                .Select(x => new SuspiciousSegmentEntry(x.Chapter, x.Position, x.Text, x.Reason))
                .ToList(),
        };
    }
}
