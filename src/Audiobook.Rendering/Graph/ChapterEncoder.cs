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
        var parts = FilePartPlanner.Split(chapter.Cues, chapter.Loudness.Duration, settings.Profile.MaxFileDuration);
        // Both deliverables encode at the same time: each ffmpeg is single-threaded, so one after the other would leave a
        // core idle (the encoder's process limit still caps how many run at once across chapters).
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var mp3 = settings.Formats.HasFlag(OutputFormats.Mp3)
            ? CancelOthersOnFailure(EncodeMp3PartsAsync(chapter, gain, parts, failed.Token), failed)
            : Task.FromResult<IReadOnlyList<string>>([]);
        var aac = OutputFormatsConverter.NeedsChapterAac(settings.Formats)
            ? CancelOthersOnFailure(EncodeAacAsync(chapter, gain, failed.Token), failed)
            : Task.FromResult<string?>(null);
        await WhenAllOrFirstFault(mp3, aac).ConfigureAwait(false);
        var mp3Files = await mp3.ConfigureAwait(false);
        var aacPath = await aac.ConfigureAwait(false);

        Directory.CreateDirectory(Path.Combine(settings.OutputDirectory, "captions"));
        var captionFiles = new List<string>();
        for (var i = 0; i < parts.Count; i++)
        {
            var (start, end) = parts[i];
            var cues = chapter.Cues.Where(c => c.Start >= start && c.End <= end).Select(c => c with { Start = c.Start - start, End = c.End - start }).ToList();
            var relative = Path.Combine("captions", PartStem(plan, i, parts.Count) + ".vtt");
            await AtomicFile.WriteAllTextAsync(Path.Combine(settings.OutputDirectory, relative), WebVttWriter.Write(cues), cancellationToken).ConfigureAwait(false);
            captionFiles.Add(relative);
        }

        var after = gain.Predicted;
        // The length rule applies to each delivered file, so check the longest part rather than the whole chapter.
        var check = LevelCheck.Evaluate(after with { Duration = parts.Max(p => p.End - p.Start) }, settings.Profile);
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
            Levels = new ChapterLevels(after.IntegratedLufs, after.TruePeakDbtp, after.RmsDb, after.NoiseFloorDb, gain.GainDb, check.Pass, check.Failures),
            Mp3File = mp3Files.Count > 0 ? mp3Files[0] : null,
            Mp3Parts = mp3Files.Count > 1 ? mp3Files : [],
            AacFile = aacPath is null ? null : Path.GetFileName(aacPath),
            CaptionsFile = captionFiles[0],
            CaptionParts = captionFiles.Count > 1 ? captionFiles : [],
            Cues = chapter.Cues,
            Suspicious = chapter.Suspicious,
        };
        await states.SaveAsync(state, cancellationToken).ConfigureAwait(false);
        File.Delete(chapter.PcmPath);
        return state;
    }

    private async Task<IReadOnlyList<string>> EncodeMp3PartsAsync(
        AssembledChapter chapter, GainPlan gain, IReadOnlyList<(TimeSpan Start, TimeSpan End)> parts, CancellationToken cancellationToken)
    {
        var plan = chapter.Plan;
        var files = new List<string>(parts.Count);
        Directory.CreateDirectory(Path.Combine(settings.OutputDirectory, "mp3"));
        for (var i = 0; i < parts.Count; i++)
        {
            var relative = Path.Combine("mp3", PartStem(plan, i, parts.Count) + ".mp3");
            var source = parts.Count == 1 ? chapter.PcmPath : await CutAsync(chapter.PcmPath, parts[i], cancellationToken).ConfigureAwait(false);
            try
            {
                await encoder.EncodeMp3Async(source, format, gain.GainDb, gain.NeedsLimiter, settings.Profile, TagsFor(plan, i, parts.Count), book.Cover, Path.Combine(settings.OutputDirectory, relative), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (source != chapter.PcmPath)
                {
                    File.Delete(source);
                }
            }

            files.Add(relative);
        }

        return files;
    }

    private async Task<string?> EncodeAacAsync(AssembledChapter chapter, GainPlan gain, CancellationToken cancellationToken)
    {
        var path = Path.Combine(workDirectory, $"chapter-{chapter.Plan.Number:000}.m4a");
        await encoder.EncodeAacAsync(chapter.PcmPath, format, gain.GainDb, gain.NeedsLimiter, settings.Profile, path, cancellationToken).ConfigureAwait(false);
        return path;
    }

    /// <summary>When one deliverable fails, the other is cancelled rather than left to finish work that is thrown away.</summary>
    private static async Task<T> CancelOthersOnFailure<T>(Task<T> task, CancellationTokenSource others)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        catch
        {
            await others.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Waits for both; rethrows the first real failure, not the cancellation it caused in the other.</summary>
    private static async Task WhenAllOrFirstFault(Task first, Task second)
    {
        try
        {
            await Task.WhenAll(first, second).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (new[] { first, second }.FirstOrDefault(t => t.IsFaulted && t.Exception!.GetBaseException() is not OperationCanceledException) is { } faulted)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(faulted.Exception!.GetBaseException());
        }
    }

    private static string PartStem(ChapterPlan plan, int part, int parts) =>
        parts == 1 ? plan.FileStem : string.Create(CultureInfo.InvariantCulture, $"{plan.FileStem} - Part {part + 1}");

    /// <summary>Copies one part's byte range of the chapter PCM (whole frames) into its own file.</summary>
    private async Task<string> CutAsync(string pcmPath, (TimeSpan Start, TimeSpan End) part, CancellationToken cancellationToken)
    {
        var target = $"{pcmPath}.{(long)part.Start.TotalMilliseconds}.part";
        var from = format.BytesFor(part.Start);
        var length = format.BytesFor(part.End) - from;
        await using var input = new FileStream(pcmPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        await using var output = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        input.Position = from;
        var buffer = new byte[64 * 1024];
        while (length > 0)
        {
            var read = await input.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, length)), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            length -= read;
        }

        return target;
    }

    private AudioTags TagsFor(ChapterPlan plan, int part, int parts) => BookTags.For(book, settings.Voice) with
    {
        Title = parts == 1 ? plan.Chapter.Title : string.Create(CultureInfo.InvariantCulture, $"{plan.Chapter.Title} (Part {part + 1})"),
        Track = string.Create(CultureInfo.InvariantCulture, $"{plan.Number}/{chapterCount}"),
    };
}
