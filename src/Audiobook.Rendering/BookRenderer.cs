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

    /// <summary>The chapters a render of <paramref name="chapters"/> with <paramref name="settings"/> produces, without
    /// rendering anything: for a service that schedules one job per chapter, or to see what a lexicon edit changes.</summary>
    public static IReadOnlyList<PlannedChapter> Plan(Book book, IReadOnlyList<ChapterSegments> chapters, RenderSettings settings) =>
        ChapterPlanner.Plan(book, chapters, settings)
            .Select(p => new PlannedChapter(p.Number, p.Chapter.Title, p.Hash, p.Segments.Count, p.Segments.Sum(s => (long)s.Text.Length), p.BilledCharacters))
            .ToList();

    /// <summary>Renders every chapter that is not up to date (or those in <see cref="RenderSettings.Chapters"/>), then
    /// muxes the M4B and writes <c>manifest.json</c>.</summary>
    public async Task<RenderResult> RenderAsync(
        Book book,
        IReadOnlyList<ChapterSegments> chapters,
        RenderSettings settings,
        IProgress<RenderProgress>? progress,
        CancellationToken cancellationToken)
    {
        var run = await RenderChaptersAsync(book, chapters, settings, progress, cancellationToken).ConfigureAwait(false);
        var snapshot = run.Progress;
        var (manifest, manifestPath, m4b, epub, warning) = await AssembleAsync(book, run.Plans, settings, run.Chapters, snapshot, cancellationToken).ConfigureAwait(false);
        return new RenderResult(
            manifest, manifestPath, m4b, run.ChaptersRendered, run.ChaptersUpToDate, snapshot.SegmentsDone - snapshot.SegmentsFromCache,
            snapshot.SegmentsFromCache, snapshot.BilledCharacters, snapshot.Retries, warning)
        {
            EpubPath = epub,
        };
    }

    /// <summary>Synthesizes, assembles and encodes the chapters that are not up to date (only those in
    /// <see cref="RenderSettings.Chapters"/> when it is set), without muxing the book: one job per chapter calls this,
    /// and the book is assembled once when the last chapter is done (<see cref="AssembleBookAsync"/>).</summary>
    public async Task<ChapterRun> RenderChaptersAsync(
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
        return new ChapterRun(all, plans.Count, rendered.Count, plans.Count - todo.Count, tracker.Snapshot()) { Plans = plans };
    }

    /// <summary>Muxes the M4B from every chapter's saved state and writes <c>manifest.json</c>, once all chapters are
    /// rendered (by this process or others sharing the output folder). Returns the manifest's path, or throws when a
    /// chapter is missing or out of date. <paramref name="billedCharacters"/> and <paramref name="retries"/> are the
    /// whole render's, as its jobs counted them.</summary>
    public async Task<RenderResult> AssembleBookAsync(
        Book book,
        IReadOnlyList<ChapterSegments> chapters,
        RenderSettings settings,
        long billedCharacters,
        int retries,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(chapters);
        ArgumentNullException.ThrowIfNull(settings);
        var workDirectory = Path.Combine(settings.OutputDirectory, WorkFolder);
        var states = new ChapterStateStore(workDirectory);
        var plans = ChapterPlanner.Plan(book, chapters, settings);
        var all = new List<ChapterState>();
        foreach (var plan in plans)
        {
            var state = await states.LoadAsync(plan.Number, cancellationToken).ConfigureAwait(false);
            if (!IsUpToDate(state, plan, settings, workDirectory))
            {
                throw new InvalidOperationException($"chapter {plan.Number} is not rendered (or is out of date): the book cannot be assembled yet");
            }

            all.Add(state!);
        }

        var thisRun = new RenderProgress(plans.Count, plans.Count, 0, 0, 0, 0, 0, billedCharacters, 0m, settings.Currency, TimeSpan.Zero, TimeSpan.Zero, null, retries);
        var (manifest, manifestPath, m4b, epub, warning) = await AssembleAsync(book, plans, settings, all, thisRun, cancellationToken).ConfigureAwait(false);
        return new RenderResult(manifest, manifestPath, m4b, 0, plans.Count, 0, 0, billedCharacters, retries, warning) { EpubPath = epub };
    }

    private async Task<(RenderManifest Manifest, string ManifestPath, string? M4b, string? Epub, string? Warning)> AssembleAsync(
        Book book, IReadOnlyList<ChapterPlan> plans, RenderSettings settings, IReadOnlyList<ChapterState> all, RenderProgress thisRun, CancellationToken cancellationToken)
    {
        var chapterCount = plans.Count;
        var workDirectory = Path.Combine(settings.OutputDirectory, WorkFolder);
        string? warning = null;
        string? m4b = null;
        IReadOnlyList<ChapterMarker>? marks = null;
        if (settings.Formats.HasFlag(OutputFormats.M4b))
        {
            var assembled = all.Count == chapterCount
                ? await new BookAssembler(encoder, workDirectory).AssembleAsync(book, settings, all, cancellationToken).ConfigureAwait(false)
                : null;
            (m4b, marks) = assembled is { } a ? (a.Path, a.Marks) : (null, null);
            if (m4b is null)
            {
                var missing = Enumerable.Range(1, chapterCount).Where(n => all.All(s => s.Number != n));
                warning = $"M4B not assembled: chapters {string.Join(',', missing)} have not been rendered yet (render without --chapters)";
            }
        }

        string? epub = null;
        if (settings.Formats.HasFlag(OutputFormats.Epub3))
        {
            if (all.Count == chapterCount)
            {
                epub = await new ReadAlongAssembler(timeProvider).AssembleAsync(book, plans, all, settings, workDirectory, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var missing = Enumerable.Range(1, chapterCount).Where(n => all.All(s => s.Number != n));
                warning = (warning is null ? "" : warning + "; ") + $"read-along EPUB not assembled: chapters {string.Join(',', missing)} have not been rendered yet (render without --chapters)";
            }
        }

        var manifest = ManifestBuilder.Build(book, settings, all, thisRun, m4b is null ? null : Path.GetFileName(m4b), marks) with
        {
            EpubFile = epub is null ? null : Path.GetFileName(epub),
        };
        var manifestPath = Path.Combine(settings.OutputDirectory, "manifest.json");
        await AtomicFile.WriteAllTextAsync(manifestPath, System.Text.Json.JsonSerializer.Serialize(manifest, ManifestJson.Options), cancellationToken).ConfigureAwait(false);
        return (manifest, manifestPath, m4b, epub, warning);
    }

    private static bool IsUpToDate([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] ChapterState? state, ChapterPlan plan, RenderSettings settings, string workDirectory) =>
        state is not null
        && state.Hash == plan.Hash
        && File.Exists(Path.Combine(settings.OutputDirectory, state.CaptionsFile))
        && (!settings.Formats.HasFlag(OutputFormats.Mp3) || (state.Mp3File is not null && File.Exists(Path.Combine(settings.OutputDirectory, state.Mp3File))))
        && (!OutputFormatsConverter.NeedsChapterAac(settings.Formats) || (state.AacFile is not null && File.Exists(Path.Combine(workDirectory, state.AacFile))));
}
