using System.Globalization;
using Audiobook.Benchmarks.Service;
using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Benchmarks;

/// <summary><c>service-ratelimit [--rpm 60] [--seconds 180] [--workers 2]</c>: two worker processes share one PostgreSQL
/// token bucket against the local TTS server enforcing <c>--rpm</c> responses per minute (sliding window, as the service
/// enforces its RPM). Prints the throttles the server sent (goal 0) and the request rate achieved in the steady state
/// against the limit (goal ≥ 90 %).</summary>
internal sealed class ServiceRateLimitBenchmark : IBenchmark
{
    public string Name => "service-ratelimit";

    public string Description => "two worker processes under one shared RPM limit: throttles seen by the server, achieved rate";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var rpm = Options.Int(args, "--rpm", 60);
        var seconds = Options.Int(args, "--seconds", 180);
        var workers = Options.Int(args, "--workers", 2);
        var root = Path.Combine(Path.GetTempPath(), "bench-ratelimit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var limit = rpm.ToString(CultureInfo.InvariantCulture);
        await using var stack = await ServiceStack.StartAsync(
            root,
            new Dictionary<string, string?>
            {
                ["TtsServer__RateLimits__RequestsPerMinute"] = limit,
                ["TtsServer__RateLimits__RequestUnit"] = "Response",
            },
            new Dictionary<string, string?>
            {
                ["Rendering:RequestsPerMinute"] = limit,
                ["Segmenter:MaxChars"] = "100",
                ["Worker:Workers"] = "2",
                ["Worker:Sessions"] = "4",
            },
            cancellationToken).ConfigureAwait(false);
        await using var scope = stack.Services.CreateAsyncScope();
        var publisher = await scope.ServiceProvider.GetRequiredService<PublisherDirectory>().AddAsync("Rate Bench", null, null, cancellationToken).ConfigureAwait(false);
        // Far more requests than the run can send, so the limit (not the book) sets the pace.
        var text = MarkdownBook.Write(GeneratedBook.Create(rpm * seconds / 60 * 300, chapters: 8));
        await using (var file = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)))
        {
            var book = await scope.ServiceProvider.GetRequiredService<BookImporter>().ImportAsync(publisher.Id, "rate.md", file, cancellationToken).ConfigureAwait(false);
            await scope.ServiceProvider.GetRequiredService<RenderSubmitter>().SubmitAsync(publisher.Id, new RenderRequest { BookId = book.Id }, cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < workers; i++)
        {
            stack.StartWorker(new Dictionary<string, string?>());
        }

        Console.WriteLine($"limit {rpm} responses/min at the server (sliding 60 s window) and in the shared bucket; {workers} worker processes × 2 jobs × 4 sessions; load {Options.LoadAverage()}");
        // Skip the start (process start-up, planning): measure a steady window.
        var warmup = TimeSpan.FromSeconds(30);
        await Task.Delay(warmup, cancellationToken).ConfigureAwait(false);
        var start = await stack.StatsAsync(cancellationToken).ConfigureAwait(false);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken).ConfigureAwait(false);
        var end = await stack.StatsAsync(cancellationToken).ConfigureAwait(false);
        var minutes = clock.Elapsed.TotalMinutes;
        var responses = end.ResponsesStarted - start.ResponsesStarted;
        var connections = end.ConnectionsTotal - start.ConnectionsTotal;
        Console.WriteLine();
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| steady window | {clock.Elapsed.TotalSeconds:0} s (after {warmup.TotalSeconds:0} s warm-up) |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| responses the server started | {responses:N0} ({responses / minutes:0.0}/min) |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| new connections (each also takes a token) | {connections:N0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **achieved rate / limit** | **{responses / minutes / rpm:P1}** |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **throttles sent by the server (whole run)** | **{end.Throttled}** |"));
        Console.WriteLine();
        Console.WriteLine($"load {Options.LoadAverage()}");
        await stack.StopWorkersAsync().ConfigureAwait(false);
    }
}
