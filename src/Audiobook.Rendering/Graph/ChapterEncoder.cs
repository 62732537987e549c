using System.Globalization;
using Audiobook.Core.Books;
using Audiobook.Media;
using Audiobook.Media.Captions;
using Audiobook.Media.Encoding;
using Audiobook.Media.Mastering;
using Audiobook.Rendering.Delivery;

namespace Audiobook.Rendering.Graph;

/// <summary>Masters and encodes one assembled chapter: the gain to the profile's target and the true-peak limiter are
/// applied inside each deliverable's single ffmpeg pass (MP3 for retail, AAC for the M4B), captions are written, and
/// the chapter's state is saved. The working PCM is deleted afterwards.</summary>
internal sealed class ChapterEncoder(
    RenderSettings settings,
    Book book,
    int chapterCount,
    AudioEncoder encoder,
    ChapterStateStore states,
    string workDirectory,
    PcmFormat format)
{
    public async Task<ChapterState> EncodeAsync(AssembledChapter chapter, CancellationToken cancellationToken)
    {
        var plan = chapter.Plan;
        var gain = GainPlanner.Plan(chapter.Loudness, settings.Profile);
        string? mp3Relative = null;
        string? aacPath = null;
        if (settings.Formats.HasFlag(OutputFormats.Mp3))
        {
            mp3Relative = Path.Combine("mp3", plan.FileStem + ".mp3");
            var mp3Path = Path.Combine(settings.OutputDirectory, mp3Relative);
            Directory.CreateDirectory(Path.GetDirectoryName(mp3Path)!);
            await encoder.EncodeMp3Async(chapter.PcmPath, format, gain.GainDb, settings.Profile, TagsFor(plan), book.Cover, mp3Path, cancellationToken).ConfigureAwait(false);
        }

        if (settings.Formats.HasFlag(OutputFormats.M4b))
        {
            aacPath = Path.Combine(workDirectory, $"chapter-{plan.Number:000}.m4a");
            await encoder.EncodeAacAsync(chapter.PcmPath, format, gain.GainDb, settings.Profile, aacPath, cancellationToken).ConfigureAwait(false);
        }

        var captionsRelative = Path.Combine("captions", plan.FileStem + ".vtt");
        var captionsPath = Path.Combine(settings.OutputDirectory, captionsRelative);
        Directory.CreateDirectory(Path.GetDirectoryName(captionsPath)!);
        await AtomicFile.WriteAllTextAsync(captionsPath, WebVttWriter.Write(chapter.Cues), cancellationToken).ConfigureAwait(false);

        var after = gain.Predicted;
        var state = new ChapterState
        {
            Number = plan.Number,
            Title = plan.Chapter.Title,
            Hash = plan.Hash,
            FileStem = plan.FileStem,
            DurationMs = (long)chapter.Loudness.Duration.TotalMilliseconds,
            Segments = plan.Segments.Count,
            Characters = plan.BilledCharacters,
            BilledCharacters = chapter.BilledCharacters,
            Levels = new ChapterLevels(after.IntegratedLufs, after.TruePeakDbtp, after.RmsDb, after.NoiseFloorDb, gain.GainDb, gain.Check.Pass, gain.Check.Failures),
            Mp3File = mp3Relative,
            AacFile = aacPath is null ? null : Path.GetFileName(aacPath),
            CaptionsFile = captionsRelative,
            Cues = chapter.Cues,
            Suspicious = chapter.Suspicious,
        };
        await states.SaveAsync(state, cancellationToken).ConfigureAwait(false);
        File.Delete(chapter.PcmPath);
        return state;
    }

    private AudioTags TagsFor(ChapterPlan plan) => new()
    {
        Title = plan.Chapter.Title,
        Album = book.Metadata.Title,
        Artist = string.Join(", ", book.Metadata.Authors),
        AlbumArtist = string.Join(", ", book.Metadata.Authors),
        Composer = settings.Voice.Voice,
        Date = book.Metadata.Date,
        Description = book.Metadata.Description,
        Language = book.Metadata.Language,
        Track = string.Create(CultureInfo.InvariantCulture, $"{plan.Number}/{chapterCount}"),
    };
}
