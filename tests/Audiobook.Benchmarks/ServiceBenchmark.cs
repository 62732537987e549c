using System.Diagnostics;
using System.Globalization;
using Audiobook.Benchmarks.Service;
using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Audiobook.Benchmarks;

/// <summary><c>service [--chars 300000 | --book PATH] [--workers 2] [--sessions 4]</c>: one book rendered by the local
/// <c>audiobook render</c> process and then through the service (submit → PlanRender → RenderChapter jobs on one worker process
/// → AssembleBook), both with an empty segment cache and no client-side rate limit, in the same run: the ratio is the job
/// machinery's whole overhead. Also prints the progress writes per second the run made.</summary>
internal sealed class ServiceBenchmark : IBenchmark
{
    public string Name => "service";

    public string Description => "a book through the service (one worker process) vs the local render, same run";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var chars = Options.Int(args, "--chars", 300_000);
        var workers = Options.Int(args, "--workers", 2);
        var sessions = Options.Int(args, "--sessions", 4);
        var bookPath = Options.Text(args, "--book");
        var root = Path.Combine(Path.GetTempPath(), "bench-service-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var source = bookPath ?? Path.Combine(root, "generated.md");
        if (bookPath is null)
        {
            await File.WriteAllTextAsync(source, MarkdownBook.Write(GeneratedBook.Create(chars)), cancellationToken).ConfigureAwait(false);
        }

        Console.WriteLine($"book: {bookPath ?? $"generated, {chars:N0} characters"}; worker: {workers} jobs at once, {sessions} sessions; load {Options.LoadAverage()}");

        // 1. The local render: one process, its embedded engine, an empty cache, no client-side limit.
        var localCpu = CpuTimes.Now();
        var local = Stopwatch.StartNew();
        var render = ChildProcess.Start(
            "audiobook.dll",
            ["render", source, "--out", Path.Combine(root, "local"), "--cache", Path.Combine(root, "local-cache"), "--rpm", "0", "--concurrency", sessions.ToString(CultureInfo.InvariantCulture), "--quiet"],
            new Dictionary<string, string?> { ["AUDIOBOOK_ENGINE_DATA"] = Path.Combine(root, "engine") },
            Path.Combine(root, "local.log"));
        var code = await render.WaitAsync().ConfigureAwait(false);
        local.Stop();
        var localUsed = CpuTimes.Now() - localCpu;
        if (code != 0)
        {
            throw new InvalidOperationException($"the local render failed ({code}); see {root}/local.log");
        }

        // 2. The service: the TTS server and one worker started first (they are long-lived), then submit → done.
        var serviceCpu = CpuTimes.Now();
        await using var stack = await ServiceStack.StartAsync(root, new Dictionary<string, string?>(), new Dictionary<string, string?>
        {
            ["Rendering:RequestsPerMinute"] = "0",
            ["Worker:Workers"] = workers.ToString(CultureInfo.InvariantCulture),
            ["Worker:Sessions"] = sessions.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        stack.StartWorker(new Dictionary<string, string?>());
        await using var scope = stack.Services.CreateAsyncScope();
        var publisher = await scope.ServiceProvider.GetRequiredService<PublisherDirectory>().AddAsync("Bench Books", null, null, cancellationToken).ConfigureAwait(false);
        Book book;
        await using (var file = File.OpenRead(source))
        {
            book = await scope.ServiceProvider.GetRequiredService<BookImporter>().ImportAsync(publisher.Id, Path.GetFileName(source), file, cancellationToken).ConfigureAwait(false);
        }

        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken).ConfigureAwait(false); // the worker is up and polling
        var updatesBefore = await ChapterUpdatesAsync(stack.ConnectionString, cancellationToken).ConfigureAwait(false);
        var service = Stopwatch.StartNew();
        var submitted = await scope.ServiceProvider.GetRequiredService<RenderSubmitter>()
            .SubmitAsync(publisher.Id, new RenderRequest { BookId = book.Id }, cancellationToken).ConfigureAwait(false);
        var db = scope.ServiceProvider.GetRequiredService<AudiobookDbContext>();
        Render done;
        do
        {
            await Task.Delay(250, cancellationToken).ConfigureAwait(false);
            done = await db.Renders.AsNoTracking().SingleAsync(r => r.Id == submitted.Id, cancellationToken).ConfigureAwait(false);
        }
        while (done.State is RenderState.Queued or RenderState.Running);

        service.Stop();
        var updates = await ChapterUpdatesAsync(stack.ConnectionString, cancellationToken).ConfigureAwait(false) - updatesBefore;
        var chapters = await db.RenderChapters.AsNoTracking().Where(c => c.RenderId == submitted.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        await stack.StopWorkersAsync().ConfigureAwait(false);
        await stack.DisposeAsync().ConfigureAwait(false);
        var serviceUsed = CpuTimes.Now() - serviceCpu;
        if (done.State != RenderState.Succeeded)
        {
            throw new InvalidOperationException($"the service render ended {done.State}: {done.Error}");
        }

        Console.WriteLine();
        Console.WriteLine("| run | wall s | CPU s (all processes) | ratio to local |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| local `audiobook render` | {local.Elapsed.TotalSeconds:0.0} | {localUsed.Total:0.0} | 1.00× |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| service, 1 worker (submit → succeeded; {chapters.Count} chapter jobs) | {service.Elapsed.TotalSeconds:0.0} | {serviceUsed.Total:0.0} | **{service.Elapsed / local.Elapsed:0.00}×** wall, {serviceUsed.Total / localUsed.Total:0.00}× CPU |"));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"progress: {updates:N0} chapter-row updates in {service.Elapsed.TotalSeconds:0} s = {updates / service.Elapsed.TotalSeconds:0.0} writes/s ({workers} chapters in flight); load {Options.LoadAverage()}"));
        Directory.Delete(root, recursive: true);
    }

    /// <summary>Rows updated in <c>render_chapters</c> so far (PostgreSQL's own counter).</summary>
    internal static async Task<long> ChapterUpdatesAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // The statistics collector lags by up to half a second; ask for a fresh snapshot.
        await using (var clear = new NpgsqlCommand("SELECT pg_stat_clear_snapshot()", connection))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var command = new NpgsqlCommand("SELECT coalesce(n_tup_upd, 0) FROM pg_stat_user_tables WHERE relname = 'render_chapters'", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0L);
    }
}
