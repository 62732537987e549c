using System.ComponentModel.DataAnnotations;
using Audiobook.Core.Books;
using Audiobook.Core.Segmentation;
using Audiobook.Media;
using Audiobook.Media.Encoding;
using Audiobook.Rendering.Cache;
using Audiobook.Rendering.Delivery;
using Audiobook.Rendering.Graph;
using Audiobook.Rendering.Progress;
using Audiobook.Rendering.ReadAlong;
using Audiobook.Rendering.Synthesis;

namespace Audiobook.Rendering;

/// <summary>Renders a segmented book into deliverables: per-chapter MP3 and captions, an M4B, a read-along EPUB 3, and <c>manifest.json</c>.
/// Chapters whose inputs are unchanged since the last run are skipped; segments already in the cache are not
/// synthesized again, so a killed, edited or repeated render only pays for what changed.</summary>
public sealed class BookRenderer(ISegmentSynthesizer synthesizer, AudioEncoder encoder, TimeProvider timeProvider)
{
    public const string WorkFolder = ".render";

    public async Task<RenderResult> RenderAsync(
        Book book,
        IReadOnlyList<ChapterSegments> chapters,
        RenderSettings settings,
        IProgress<RenderProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(chapters);
        ArgumentNullException.ThrowIfNull(settings);
        Validator.ValidateObject(settings, new ValidationContext(settings), validateAllProperties: true);
        Validator.ValidateObject(settings.Pauses, new ValidationContext(settings.Pauses), validateAllProperties: true);
        var workDirectory = Path.Combine(settings.OutputDirectory, WorkFolder);
        Directory.CreateDirectory(workDirectory);
        var cache = new SegmentCache(settings.CacheDirectory);
        var states = new ChapterStateStore(workDirectory);
        var plans = ChapterPlanner.Plan(book, chapters, settings);
        if (settings.Chapters is { } chosen && chosen.FirstOrDefault(n => n < 1 || n > plans.Count) is var bad and > 0)
        {
            throw new ArgumentException($"chapter {bad} does not exist (the book has {plans.Count})");
        }

        var known = new Dictionary<int, ChapterState>();
        var todo = new List<ChapterPlan>();
        foreach (var plan in plans)
        {
            var state = await states.LoadAsync(plan.Number, cancellationToken).ConfigureAwait(false);
            var selected = settings.Chapters is null || settings.Chapters.Contains(plan.Number);
            if (selected && (settings.Force || !IsUpToDate(state, plan, settings, workDirectory)))
            {
                todo.Add(plan);
            }
            else if (state is not null)
            {
                known[plan.Number] = state;
            }
        }

        if (settings.Force)
        {
            foreach (var key in todo.SelectMany(p => p.CacheKeys))
            {
                cache.Evict(key);
            }
        }

        var format = new PcmFormat(settings.SampleRate);
        var tracker = new ProgressTracker(
            progress, timeProvider, todo.Count, todo.Sum(p => p.Segments.Count), todo.Sum(p => p.BilledCharacters),
            settings.PricePer10kCharacters, settings.Currency);
        await using var assembler = new ChapterAssembler(settings, workDirectory, format);
        var graph = new RenderGraph(
            new SegmentRenderer(cache, synthesizer, settings),
            assembler,
            new ChapterEncoder(settings, book, plans.Count, encoder, states, workDirectory, format),
            tracker,
            settings.Concurrency,
            encoder.MaxConcurrentProcesses);
        var rendered = await graph.RunAsync(todo, cancellationToken).ConfigureAwait(false);
        foreach (var state in rendered)
        {
            known[state.Number] = state;
        }

        var all = plans.Where(p => known.ContainsKey(p.Number)).Select(p => known[p.Number]).ToList();
        string? warning = null;
        string? m4b = null;
        IReadOnlyList<ChapterMarker>? marks = null;
        if (settings.Formats.HasFlag(OutputFormats.M4b))
        {
            var assembled = all.Count == plans.Count
                ? await new BookAssembler(encoder, workDirectory).AssembleAsync(book, settings, all, cancellationToken).ConfigureAwait(false)
                : null;
            (m4b, marks) = assembled is { } a ? (a.Path, a.Marks) : (null, null);
            if (m4b is null)
            {
                var missing = plans.Where(p => !known.ContainsKey(p.Number)).Select(p => p.Number);
                warning = $"M4B not assembled: chapters {string.Join(',', missing)} have not been rendered yet (render without --chapters)";
            }
        }

        string? epub = null;
        if (settings.Formats.HasFlag(OutputFormats.Epub3))
        {
            if (all.Count == plans.Count)
            {
                epub = await new ReadAlongAssembler(timeProvider).AssembleAsync(book, plans, all, settings, workDirectory, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var missing = plans.Where(p => !known.ContainsKey(p.Number)).Select(p => p.Number);
                warning = (warning is null ? "" : warning + "; ") + $"read-along EPUB not assembled: chapters {string.Join(',', missing)} have not been rendered yet (render without --chapters)";
            }
        }

        var snapshot = tracker.Snapshot();
        var manifest = ManifestBuilder.Build(book, settings, all, snapshot, m4b is null ? null : Path.GetFileName(m4b), marks) with
        {
            EpubFile = epub is null ? null : Path.GetFileName(epub),
        };
        var manifestPath = Path.Combine(settings.OutputDirectory, "manifest.json");
        await AtomicFile.WriteAllTextAsync(manifestPath, System.Text.Json.JsonSerializer.Serialize(manifest, ManifestJson.Options), cancellationToken).ConfigureAwait(false);
        return new RenderResult(
            manifest, manifestPath, m4b, rendered.Count, plans.Count - todo.Count, snapshot.SegmentsDone - snapshot.SegmentsFromCache,
            snapshot.SegmentsFromCache, snapshot.BilledCharacters, snapshot.Retries, warning)
        {
            EpubPath = epub,
        };
    }

    private static bool IsUpToDate(ChapterState? state, ChapterPlan plan, RenderSettings settings, string workDirectory) =>
        state is not null
        && state.Hash == plan.Hash
        && File.Exists(Path.Combine(settings.OutputDirectory, state.CaptionsFile))
        && (!settings.Formats.HasFlag(OutputFormats.Mp3) || (state.Mp3File is not null && File.Exists(Path.Combine(settings.OutputDirectory, state.Mp3File))))
        && (!OutputFormatsConverter.NeedsChapterAac(settings.Formats) || (state.AacFile is not null && File.Exists(Path.Combine(workDirectory, state.AacFile))));
}
