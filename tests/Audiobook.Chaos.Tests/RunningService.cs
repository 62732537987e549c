using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
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
/// processes sharing one output store and segment cache. Every process it starts carries <see cref="MarkerVariable"/>
/// in its environment, which their ffmpeg and espeak-ng children inherit: that is how orphans are found in /proc.</summary>
public sealed class RunningService : IAsyncLifetime
{
    public const int WorkerCount = 2;
    public const int SessionsPerWorker = 2;
    public const string MarkerVariable = "AUDIOBOOK__RunningService";

    private readonly List<WorkerProcess> _workers = [];
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

    public IReadOnlyList<WorkerProcess> Workers => _workers;

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
        _ttsPort = FreePort();
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

    public WorkerProcess StartWorker()
    {
        var worker = WorkerProcess.Start(Settings(), Path.Combine(StoreRoot, $"worker-{Interlocked.Increment(ref _logs)}.log"));
        _workers.Add(worker);
        return worker;
    }

    /// <summary>SIGKILL of one worker process (not its children), as a crash.</summary>
    public async Task CrashWorkerAsync(WorkerProcess worker)
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
