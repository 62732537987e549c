using System.Data.Common;
using System.Globalization;
using Audiobook.Jobs.Hosting;
using Audiobook.Jobs.Queries;
using Audiobook.Jobs.Tests.TestSupport;
using Audiobook.Testing;
using Audiobook.TtsServer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Audiobook.Chaos.Tests;

/// <summary>The whole service, started the way <c>scripts/serve.sh</c> starts it: a private PostgreSQL cluster (this test
/// process's own, so stopping it disturbs no other test), the schema migrated once, the local TTS server on a fixed
/// port (restartable, with or without fault injection), and <see cref="WorkerCount"/> real <c>audiobook worker</c>
/// processes sharing one output store and segment cache, and the dashboard as a process of its own (the REST API the
/// load test drives, restartable like the rest). Every process it starts carries <see cref="MarkerVariable"/>
/// in its environment, which their ffmpeg and espeak-ng children inherit: that is how orphans are found in /proc.</summary>
public sealed class RunningService : IAsyncLifetime
{
    public const int WorkerCount = 2;
    public const int SessionsPerWorker = 2;
    public const string MarkerVariable = "AUDIOBOOK__RunningService";

    private readonly List<ServiceProcess> _workers = [];
    private ServiceProcess? _dashboard;
    private int _dashboardPort;
    private IHost _client = null!;
    private LocalTtsServer _tts = null!;
    private long _billedByStoppedServers;
    private int _ttsPort;
    private int _logs;

    public string Marker { get; } = Guid.NewGuid().ToString("N");

    public string StoreRoot { get; } = Path.Combine(Path.GetTempPath(), "audiobook-chaos", Guid.NewGuid().ToString("N"));

    public PostgresCluster Cluster { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public IServiceProvider Services => _client.Services;

    public IReadOnlyList<ServiceProcess> Workers => _workers;

    /// <summary>The dashboard process's address (REST API under <c>/api/v1</c>).</summary>
    public Uri DashboardUrl => new($"http://127.0.0.1:{_dashboardPort}");

    /// <summary>The dashboard process (null while it is being restarted).</summary>
    public ServiceProcess? Dashboard => _dashboard;

    /// <summary>Characters billed by every TTS server this stack ran.</summary>
    public long BilledCharacters => _billedByStoppedServers + _tts.Statistics.CharactersBilled;

    /// <summary>Set by a failing round, so the logs survive for reading.</summary>
    public bool KeepStore { get; set; }

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable(MarkerVariable, Marker);
        Directory.CreateDirectory(StoreRoot);
        Cluster = await PostgresCluster.GetAsync();
        ConnectionString = await Cluster.CreateDatabaseAsync("chaos");
        _ttsPort = FreePorts.Next();
        await StartTtsAsync(new FaultInjectionOptions());
        _client = BuildClient();
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }

        for (var i = 0; i < WorkerCount; i++)
        {
            StartWorker();
        }

        _dashboardPort = FreePorts.Next();
        await StartDashboardAsync();
    }

    /// <summary>SIGKILL of the dashboard process (a crash, an OOM kill), then the same program started again on the same
    /// port; returns once it answers <c>/health/ready</c>.</summary>
    public async Task RestartDashboardAsync()
    {
        if (_dashboard is { } old)
        {
            _dashboard = null;
            await old.KillAsync();
            await old.DisposeAsync();
        }

        await StartDashboardAsync();
    }

    /// <summary>Stops the TTS server (every open session is dropped, its synthesis processes killed) and starts it again on
    /// the same port with <paramref name="faults"/>.</summary>
    public async Task RestartTtsAsync(FaultInjectionOptions faults)
    {
        var old = _tts;
        await old.DisposeAsync();
        _billedByStoppedServers += old.Statistics.CharactersBilled;
        await StartTtsAsync(faults);
    }

    public ServiceProcess StartWorker()
    {
        var worker = ServiceProcess.Start(Settings(), Path.Combine(StoreRoot, $"worker-{Interlocked.Increment(ref _logs)}.log"), lowPriority: true);
        _workers.Add(worker);
        return worker;
    }

    /// <summary>SIGKILL of one worker process (not its children), as a crash.</summary>
    public async Task CrashWorkerAsync(ServiceProcess worker)
    {
        ArgumentNullException.ThrowIfNull(worker);
        await worker.CrashAsync();
        _workers.Remove(worker);
        await worker.DisposeAsync();
    }

    /// <summary>SIGTERM to every worker at once, as a deploy does; returns their exit codes.</summary>
    public async Task<IReadOnlyList<int>> TerminateAllWorkersAsync()
    {
        var leaving = _workers.ToList();
        _workers.Clear();
        await Task.WhenAll(leaving.Select(w => w.TerminateAsync(TimeSpan.FromSeconds(90))));
        var codes = leaving.Select(w => w.ExitCode).ToList();
        foreach (var worker in leaving)
        {
            await worker.DisposeAsync();
        }

        return codes;
    }

    /// <summary>Stops PostgreSQL (fast shutdown: sessions are cut), waits <paramref name="down"/>, starts it again.</summary>
    public async Task RestartDatabaseAsync(TimeSpan down)
    {
        await Cluster.StopAsync();
        await Task.Delay(down);
        await Cluster.RestartAsync();
        // The test's own pooled connections died with the server: drop them rather than fail the next query.
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Runs <paramref name="read"/> on a fresh scope, trying again while the database is away (a restart).</summary>
    public async Task<T> ReadAsync<T>(Func<IServiceProvider, Task<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = Services.CreateAsyncScope();
                return await read(scope.ServiceProvider);
            }
            catch (Exception ex) when (attempt < 150 && (ex is DbException || ex is InvalidOperationException { InnerException: DbException }))
            {
                await Task.Delay(200);
            }
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.DisposeAsync();
        }

        if (_dashboard is not null)
        {
            await _dashboard.DisposeAsync();
        }

        await _client.StopAsync(TimeSpan.FromSeconds(30));
        _client.Dispose();
        await _tts.DisposeAsync();
        Environment.SetEnvironmentVariable(MarkerVariable, null);
        if (!KeepStore)
        {
            try
            {
                Directory.Delete(StoreRoot, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private async Task StartTtsAsync(FaultInjectionOptions faults)
    {
        // The old listener's port may take a moment to be free again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                _tts = await LocalTtsServer.StartAsync(new LocalTtsServerOptions { Port = _ttsPort, Faults = faults }, CancellationToken.None);
                return;
            }
            catch (IOException) when (attempt < 50)
            {
                await Task.Delay(200);
            }
        }
    }

    private async Task StartDashboardAsync()
    {
        var settings = Settings();
        settings["Dashboard:Urls"] = DashboardUrl.ToString().TrimEnd('/');
        settings["Dashboard:ProgressInterval"] = "00:00:01";
        _dashboard = ServiceProcess.StartDashboard(settings, Path.Combine(StoreRoot, $"dashboard-{Interlocked.Increment(ref _logs)}.log"));
        using var http = new HttpClient { BaseAddress = DashboardUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = TimeProvider.System.GetUtcNow() + TimeSpan.FromMinutes(2);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (_dashboard.HasExited || TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new InvalidOperationException($"the dashboard did not become ready; its log: {_dashboard.Log}");
            }

            await Task.Delay(200);
        }
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["ConnectionStrings:Audiobook"] = ConnectionString,
        ["Storage:Root"] = StoreRoot,
        ["Tts:ApiKey"] = "chaos-key",
        ["Tts:BaseUrl"] = $"ws://127.0.0.1:{_ttsPort}/api-ws/v1/realtime",
        ["Jobs:InvisibilityTimeout"] = "00:00:10",
        ["Jobs:QueuePollInterval"] = "00:00:00.300",
        ["Jobs:ProgressInterval"] = "00:00:00.300",
        ["Jobs:ChapterStaleAfter"] = "00:00:05",
        ["Jobs:SchedulePollInterval"] = "00:00:01",
        ["Jobs:SweepCron"] = "*/5 * * * * *",
        ["Config:Directory"] = RepositoryRoot.File("config"),
        ["Rendering:CacheDirectory"] = Path.Combine(StoreRoot, "segments"),
        ["Rendering:RequestsPerMinute"] = "0",
        ["Worker:Workers"] = "2",
        ["Worker:Sessions"] = SessionsPerWorker.ToString(CultureInfo.InvariantCulture),
        ["Worker:StopTimeout"] = "00:00:01",
        ["RunningService"] = Marker,
    };

    private IHost BuildClient()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(Settings());
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new FileLoggerProvider(Path.Combine(StoreRoot, "client.log")));
        builder.Services.AddAudiobookJobClient().AddAudiobookQueries();
        return builder.Build();
    }

}
