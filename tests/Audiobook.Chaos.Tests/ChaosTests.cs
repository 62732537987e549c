using Audiobook.Core.Costs;
using Audiobook.Core.Lexicons;
using Audiobook.Core.Segmentation;
using Audiobook.Ingest;
using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Audiobook.Jobs.Tests.TestSupport;
using Audiobook.TtsServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Audiobook.Chaos.Tests;

/// <summary>Chaos against the running service: each fault hits renders in flight, then every guarantee is checked —
/// every render completes, each chapter's audio equals a clean local render, no chapter is encoded twice, nothing is
/// left running, no ffmpeg or espeak-ng is orphaned, and the TTS server billed no segment twice beyond those in flight
/// at the fault. The table goes to the test output and to <see cref="ChaosReport.Path"/>.</summary>
[Collection(RunningServiceGroup.Name)]
public sealed class ChaosTests(RunningService stack, ITestOutputHelper output)
{
    private const int RendersPerRound = 2;

    /// <summary>Synthesis slowed a little, so each fault finds chapters half done.</summary>
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(60);

    private static IReadOnlyList<ChaosRound> Rounds { get; } =
    [
        new("SIGKILL one worker mid-chapter", async (s, running) =>
        {
            var victim = s.Workers.FirstOrDefault(w => running.Any(c => c.Worker?.EndsWith($":{w.Id}", StringComparison.Ordinal) == true)) ?? s.Workers[0];
            await s.CrashWorkerAsync(victim);
            s.StartWorker();
            return null;
        }),
        new("PostgreSQL stopped 5 s, then restarted", async (s, _) =>
        {
            await s.RestartDatabaseAsync(TimeSpan.FromSeconds(5));
            return null;
        }),
        new("TTS server restarted: every connection dropped", async (s, _) =>
        {
            await s.RestartTtsAsync(new FaultInjectionOptions { AddedLatency = Latency });
            return null;
        }),
        new("TTS errors, dropped responses and throttled handshakes injected", null,
            new FaultInjectionOptions { AddedLatency = Latency, DropEveryNthResponse = 7, ErrorEveryNthResponse = 11, ThrottleEveryNthConnection = 3 }),
        new("SIGTERM every worker at once, then start them again", async (s, _) =>
        {
            var codes = await s.TerminateAllWorkersAsync();
            for (var i = 0; i < RunningService.WorkerCount; i++)
            {
                s.StartWorker();
            }

            return codes.All(c => c == 0) ? null : $"a worker stopped by SIGTERM exited with {string.Join(", ", codes)}";
        }),
        new("dashboard killed (SIGKILL) and started again", async (s, running) =>
        {
            // A member signed in before the crash is still signed in after it (the cookie keys live in the shared store,
            // not in the process), and the API answers again with the same token.
            var renderId = running[0].RenderId;
            var publisherId = await s.ReadAsync(sp => sp.GetRequiredService<AudiobookDbContext>().Renders.Where(r => r.Id == renderId).Select(r => r.PublisherId).SingleAsync());
            using var visitor = await DashboardVisitor.SignInAsync(s, publisherId);
            if (await visitor.ProblemWithAsync(renderId) is { } before)
            {
                return $"before the restart: {before}";
            }

            await s.RestartDashboardAsync();
            return await visitor.ProblemWithAsync(renderId) is { } after ? $"after the restart: {after}" : null;
        }),
    ];

    [Fact]
    public async Task Faults_WithRendersInFlight_EveryRenderCompletesIdenticallyPaidOnceWithoutOrphans()
    {
        await OrphanScan_FindsAMarkedFfmpeg();
        var publisher = await stack.ReadAsync(sp => sp.GetRequiredService<PublisherDirectory>().AddAsync("Chaos Books", null, null, CancellationToken.None));
        var results = new List<RoundResult>();
        var books = new List<(RoundBook Book, int Round)>();
        for (var i = 0; i < Rounds.Count; i++)
        {
            var (result, roundBooks) = await RunRoundAsync(Rounds[i], i, publisher.Id);
            results.Add(result);
            books.AddRange(roundBooks.Select(b => (b, i)));
        }

        // Identical: each chapter decodes to the same PCM as the local `audiobook render` of the same book (a fresh
        // cache and its own engine), after every fault (done last: the clean renders are processes of this test, not of
        // the stack, and must not count as its orphans).
        var identical = new int[Rounds.Count];
        var problems = results.Select(r => r.Problems.ToList()).ToList();
        // Two clean renders at a time: each is a process of its own with its own engine.
        var cleans = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in books.Chunk(2))
        {
            var folders = await Task.WhenAll(pair.Select(b => CleanRender.RunAsync(b.Book.Source, b.Book.FileName, "Ethan", stack.StoreRoot)));
            for (var i = 0; i < pair.Length; i++)
            {
                cleans[pair[i].Book.FileName] = folders[i];
            }
        }

        foreach (var (book, round) in books)
        {
            foreach (var file in book.Mp3Files)
            {
                if (await Audio.DecodedSha256Async(Path.Combine(cleans[book.FileName], file)) == await Audio.DecodedSha256Async(Path.Combine(stack.StoreRoot, book.OutputKey, file)))
                {
                    identical[round]++;
                }
                else
                {
                    problems[round].Add($"{book.FileName} {file}: audio differs from a clean run");
                }
            }
        }

        for (var i = 0; i < results.Count; i++)
        {
            if (identical[i] != results[i].Chapters)
            {
                problems[i].Add($"{identical[i]} of {results[i].Chapters} chapters compared identical");
            }
        }

        results = [.. results.Select((r, i) => r with { Identical = identical[i], Problems = problems[i] })];
        var table = ChaosReport.Faults(results);
        ChaosReport.Append($"## Chaos ({TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC)\n\n{table}");
        output.WriteLine(table);
        output.WriteLine($"report: {ChaosReport.Path}");
        var failures = results.SelectMany(r => r.Problems.Select(p => $"{r.Fault}: {p}")).ToList();
        if (failures.Count > 0)
        {
            stack.KeepStore = true;
        }

        Assert.True(failures.Count == 0, $"{string.Join('\n', failures)}\n{table}\nlogs: {stack.StoreRoot}");
    }

    /// <summary>The control for the orphan column: an ffmpeg with the stack's marker is found, so a zero means none.</summary>
    private async Task OrphanScan_FindsAMarkedFfmpeg()
    {
        var start = new System.Diagnostics.ProcessStartInfo("ffmpeg", ["-nostdin", "-v", "error", "-re", "-f", "lavfi", "-i", "anullsrc", "-t", "120", "-f", "null", "-"]);
        start.Environment[RunningService.MarkerVariable] = stack.Marker;
        using var planted = System.Diagnostics.Process.Start(start)!;
        try
        {
            var found = await OrphanProcesses.FindAsync(stack.Marker, TimeSpan.Zero);
            Assert.Contains(found, f => f.StartsWith($"{planted.Id} ffmpeg", StringComparison.Ordinal));
        }
        finally
        {
            planted.Kill();
            await planted.WaitForExitAsync();
        }
    }

    private async Task<(RoundResult Result, List<RoundBook> Books)> RunRoundAsync(ChaosRound round, int index, Guid publisherId)
    {
        if (round.ServerFaults is { } faults)
        {
            await stack.RestartTtsAsync(faults);
        }
        else
        {
            await stack.RestartTtsAsync(new FaultInjectionOptions { AddedLatency = Latency });
        }

        var billedBefore = stack.BilledCharacters;
        var books = new List<RoundBook>();
        var renders = new List<Render>();
        for (var i = 0; i < RendersPerRound; i++)
        {
            var fileName = $"chaos-{index}-{i}.md";
            var source = TestBooks.Markdown($"Chaos {index} {i}", 2, 30, seed: 7000 + (index * 10) + i);
            var book = await stack.ReadAsync(sp => sp.GetRequiredService<BookImporter>().ImportAsync(publisherId, fileName, new MemoryStream(source), CancellationToken.None));
            renders.Add(await stack.ReadAsync(sp => sp.GetRequiredService<RenderSubmitter>().SubmitAsync(publisherId, new RenderRequest { BookId = book.Id, Voice = "Ethan" }, CancellationToken.None)));
            books.Add(new RoundBook(source, fileName, book, "", []));
        }

        var ids = renders.Select(r => r.Id).ToList();
        var problems = new List<string>();
        var inFlight = ids.Count;
        if (round.Inject is { } inject)
        {
            var running = await UntilAsync(
                () => stack.ReadAsync(sp => sp.GetRequiredService<AudiobookDbContext>().RenderChapters.AsNoTracking().Where(c => ids.Contains(c.RenderId)).ToListAsync()),
                // Any running chapter with a few segments still to go: a lower bound on the segments done would make the
                // window narrow enough for a fast machine to pass it between two progress writes.
                c => c.Any(x => x.State == ChapterRunState.Running && x.SegmentsDone <= x.SegmentsTotal - 3),
                "a chapter under way",
                describe: Describe.Chapters);
            inFlight = (await stack.ReadAsync(sp => sp.GetRequiredService<AudiobookDbContext>().Renders.AsNoTracking().Where(r => ids.Contains(r.Id) && r.State == RenderState.Running).CountAsync()));
            if (await inject(stack, [.. running.Where(c => c.State == ChapterRunState.Running)]) is { } problem)
            {
                problems.Add(problem);
            }
        }

        var finished = await UntilAsync(
            () => stack.ReadAsync(sp => sp.GetRequiredService<AudiobookDbContext>().Renders.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync()),
            r => r.All(x => x.State is RenderState.Succeeded or RenderState.Failed or RenderState.Cancelled),
            "the round's renders to finish",
            throwOnTimeout: false);
        var chapters = await stack.ReadAsync(sp => sp.GetRequiredService<AudiobookDbContext>().RenderChapters.AsNoTracking().Where(c => ids.Contains(c.RenderId)).ToListAsync());
        var events = await stack.ReadAsync(sp => sp.GetRequiredService<AudiobookDbContext>().RenderEvents.AsNoTracking().Where(e => ids.Contains(e.RenderId)).ToListAsync());
        var orphans = await OrphanProcesses.FindAsync(stack.Marker, TimeSpan.FromSeconds(15));
        // A worker that died on its own during the round (not one the fault stopped) is a failure too: nothing restarts it.
        problems.AddRange(stack.Workers.Where(w => w.HasExited).Select(w => $"worker {w.Id} exited with {w.ExitCode} (log {w.Log})"));

        var completed = finished.Count(r => r.State == RenderState.Succeeded);
        problems.AddRange(finished.Where(r => r.State != RenderState.Succeeded).Select(r => $"render {r.Id} ended {r.State}: {r.Error}"));
        var lost = ids.Count - finished.Count;
        var stuck = finished.Count(r => r.State is RenderState.Running or RenderState.Queued) + lost;
        var stuckChapters = chapters.Count(c => c.State == ChapterRunState.Running);
        if (stuck > 0 || stuckChapters > 0)
        {
            problems.Add($"{stuck} renders lost or not finished, {stuckChapters} chapters left running");
        }

        // Encoded twice: a chapter that succeeded more than once (each success is one encode that won its claim).
        var encodedTwice = chapters.Count(c => events.Count(e => e.RenderId == c.RenderId && e.ChapterNumber == c.Number && e.Kind == RenderEventKinds.ChapterSucceeded) != 1);
        if (encodedTwice > 0)
        {
            problems.Add($"{encodedTwice} chapters did not succeed exactly once");
        }

        // Paid twice: what the server billed beyond the books' characters; the bound is one segment per session in flight.
        var paidTwice = stack.BilledCharacters - billedBefore - books.Sum(b => b.Book.BilledCharacters);
        var bound = RunningService.WorkerCount * RunningService.SessionsPerWorker * books.Max(b => LargestSegment(b.Source, b.FileName));
        if (paidTwice < 0 || paidTwice > bound)
        {
            problems.Add($"the server billed {paidTwice} characters beyond the books' (bound {bound})");
        }

        if (orphans.Count > 0)
        {
            problems.Add($"orphaned processes: {string.Join("; ", orphans)}");
        }

        var withFiles = books.Select(b =>
        {
            var render = finished.Single(r => r.BookId == b.Book.Id);
            var mp3 = chapters.Where(c => c.RenderId == render.Id).SelectMany(c => c.Files).Where(f => f.EndsWith(".mp3", StringComparison.Ordinal)).ToList();
            return b with { OutputKey = render.OutputKey, Mp3Files = mp3 };
        }).ToList();
        var result = new RoundResult(round.Fault, inFlight, ids.Count, completed, chapters.Count, 0, encodedTwice, stuck + stuckChapters, paidTwice, bound, orphans, problems);
        output.WriteLine($"{round.Fault}: {completed}/{ids.Count} completed, paid twice {paidTwice} (≤ {bound}), orphans {orphans.Count}{(problems.Count > 0 ? ": " + string.Join("; ", problems) : "")}");
        return (result, withFiles);
    }

    private static long LargestSegment(byte[] source, string fileName) =>
        BookPreparation.Prepare(source, fileName, null, Lexicon.Empty, IngestOptions.Default, new SegmenterOptions())
            .Chapters.SelectMany(c => c.Segments).Max(s => BillingCounter.Count(s.Text));

    /// <summary>Polls until <paramref name="done"/> (a hang guard of 5 minutes, not a speed assertion).</summary>
    private async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, bool throwOnTimeout = true, Func<T, string>? describe = null)
    {
        var deadline = TimeProvider.System.GetUtcNow() + TimeSpan.FromMinutes(5);
        T last;
        while (!done(last = await read()))
        {
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                stack.KeepStore = true;
                if (throwOnTimeout)
                {
                    throw new TimeoutException($"gave up waiting for {what}; last seen: {describe?.Invoke(last) ?? "(not described)"}; logs: {stack.StoreRoot}");
                }

                return last;
            }

            await Task.Delay(100);
        }

        return last;
    }
}
