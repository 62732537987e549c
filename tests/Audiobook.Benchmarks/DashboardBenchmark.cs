using System.Diagnostics;
using System.Globalization;
using Audiobook.Benchmarks.Dashboard;
using Audiobook.Benchmarks.Service;
using Audiobook.Dashboard.Hosting;
using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Submissions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Audiobook.Benchmarks;

/// <summary><c>dashboard [--chars 30000] [--users 50] [--think-ms 1000] [--workers 2]</c>: the dashboard (on Kestrel in this
/// process) under <c>--users</c> signed-in users who browse pages and call the API while each keeps the render's progress
/// stream open, during a render by one worker process; p50/p95 per page and API call. The same render (every chapter,
/// forced past the segment cache) runs once with no users and once under the load, in the same run: the ratio is what
/// the dashboard's load costs the render on this machine.</summary>
internal sealed class DashboardBenchmark : IBenchmark
{
    public string Name => "dashboard";

    public string Description => "50 users browsing and following progress during a render; the render's slowdown vs no users, same run";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var chars = Options.Int(args, "--chars", 30_000);
        var users = Options.Int(args, "--users", 50);
        var think = TimeSpan.FromMilliseconds(Options.Int(args, "--think-ms", 1000));
        var workers = Options.Int(args, "--workers", 2);
        var root = Path.Combine(Path.GetTempPath(), "bench-dashboard-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        Console.WriteLine($"book: generated, {chars:N0} characters; {users} users, {think.TotalMilliseconds:0} ms between requests; worker: {workers} jobs at once; load {Options.LoadAverage()}");

        await using var stack = await ServiceStack.StartAsync(root, new Dictionary<string, string?>(), new Dictionary<string, string?>
        {
            ["Rendering:RequestsPerMinute"] = "0",
            ["Worker:Workers"] = workers.ToString(CultureInfo.InvariantCulture),
            ["Worker:Sessions"] = "4",
        }, cancellationToken).ConfigureAwait(false);
        stack.StartWorker(new Dictionary<string, string?>());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(stack.HostSettings).AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dashboard:Urls"] = "http://127.0.0.1:0",
            ["Dashboard:SignInAttemptsPerWindow"] = "100000",
        }).Build();
        await using var dashboard = DashboardHost.Build(configuration, builder => builder.Logging.ClearProviders());
        await dashboard.StartAsync(cancellationToken).ConfigureAwait(false);
        var url = new Uri(dashboard.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

        await using var scope = stack.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var publisher = await services.GetRequiredService<PublisherDirectory>().AddAsync("Bench Press", null, null, cancellationToken).ConfigureAwait(false);
        var (_, token) = await services.GetRequiredService<ApiTokens>().CreateAsync(publisher.Id, "bench", cancellationToken).ConfigureAwait(false);
        const string Password = "bench password 1";
        for (var i = 0; i < users; i++)
        {
            await services.GetRequiredService<UserDirectory>().AddAsync(publisher.Id, $"user{i}@bench.example", Password, UserRole.Member, cancellationToken).ConfigureAwait(false);
        }

        Book book;
        using (var file = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(MarkdownBook.Write(GeneratedBook.Create(chars)))))
        {
            book = await services.GetRequiredService<BookImporter>().ImportAsync(publisher.Id, "generated.md", file, cancellationToken).ConfigureAwait(false);
        }

        // The first render fills the cache; the two measured runs re-render every chapter forced past it: the same work.
        var render = await services.GetRequiredService<RenderSubmitter>().SubmitAsync(publisher.Id, new RenderRequest { BookId = book.Id }, cancellationToken).ConfigureAwait(false);
        var first = await WaitAsync(stack.Services, render.Id, Stopwatch.StartNew(), cancellationToken).ConfigureAwait(false);
        var chapters = Enumerable.Range(1, book.Chapters.Count).ToList();

        var alone = await ForcedRerenderAsync(stack.Services, render.Id, chapters, cancellationToken).ConfigureAwait(false);

        var log = new LatencyLog();
        var people = Enumerable.Range(0, users).Select(i => new VirtualUser(url, $"user{i}@bench.example", Password, token, book.Id, render.Id, think, log)).ToList();
        var signIn = Stopwatch.StartNew();
        await Task.WhenAll(people.Select(p => p.SignInAsync(cancellationToken))).ConfigureAwait(false);
        signIn.Stop();
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        await RerenderAsync(stack.Services, render.Id, chapters, cancellationToken).ConfigureAwait(false);
        var load = people.Select(p => Task.Run(() => p.RunAsync(stop.Token), CancellationToken.None)).ToList();
        var loaded = await WaitAsync(stack.Services, render.Id, clock, cancellationToken).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(load).ConfigureAwait(false);
        foreach (var person in people)
        {
            person.Dispose();
        }

        Console.WriteLine();
        Console.WriteLine($"first render (cold cache): {first.TotalSeconds:0.0} s; {users} sign-ins at once: {signIn.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine();
        Console.WriteLine("| request | count | failed | p50 ms | p95 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (what, samples, failures) in log.Rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {what} | {samples.Count} | {failures} | {TtsBenchmark.Percentile(samples, 50):0.0} | {TtsBenchmark.Percentile(samples, 95):0.0} | {(samples.Count > 0 ? samples.Max() : double.NaN):0.0} |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"progress streams: {users} open, {people.Sum(p => p.ProgressEvents)} events received ({people.Min(p => p.ProgressEvents)}–{people.Max(p => p.ProgressEvents)} per user)"));
        Console.WriteLine();
        Console.WriteLine("| the same render (every chapter, forced) | wall s | ratio |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| no users | {alone.TotalSeconds:0.0} | 1.00× |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {users} users browsing and following | {loaded.TotalSeconds:0.0} | **{loaded / alone:0.00}×** |"));
        Console.WriteLine($"load {Options.LoadAverage()}");
        await dashboard.StopAsync(cancellationToken).ConfigureAwait(false);
        await stack.DisposeAsync().ConfigureAwait(false); // before the folder goes: the processes' logs are written into it
        Directory.Delete(root, recursive: true);
    }

    private static async Task<TimeSpan> ForcedRerenderAsync(IServiceProvider services, Guid renderId, IReadOnlyList<int> chapters, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await RerenderAsync(services, renderId, chapters, cancellationToken).ConfigureAwait(false);
        return await WaitAsync(services, renderId, clock, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every chapter again, forced past the segment cache, in a scope of its own (a context that tracked the
    /// render earlier would see its old state).</summary>
    private static async Task RerenderAsync(IServiceProvider services, Guid renderId, IReadOnlyList<int> chapters, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RenderCommands>().RerenderAsync(renderId, chapters, force: true, "bench", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits for the render to finish; the time on <paramref name="clock"/> when it did.</summary>
    private static async Task<TimeSpan> WaitAsync(IServiceProvider services, Guid renderId, Stopwatch clock, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AudiobookDbContext>();
        Render done;
        do
        {
            await Task.Delay(250, cancellationToken).ConfigureAwait(false);
            done = await db.Renders.AsNoTracking().SingleAsync(r => r.Id == renderId, cancellationToken).ConfigureAwait(false);
        }
        while (done.State is RenderState.Queued or RenderState.Running);

        var elapsed = clock.Elapsed;
        return done.State == RenderState.Succeeded ? elapsed : throw new InvalidOperationException($"the render ended {done.State}: {done.Error}");
    }
}
