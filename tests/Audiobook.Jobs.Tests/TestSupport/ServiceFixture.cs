using Audiobook.Jobs.Hosting;
using Audiobook.Testing;
using Audiobook.TtsServer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Audiobook.Jobs.Tests.TestSupport;

/// <summary>One test class's service: a fresh database on the throwaway PostgreSQL cluster, migrated; the local TTS
/// server (real WebSockets, espeak-ng); an output store in a temporary folder; and worker hosts started on demand
/// in this process (the process-level tests start real worker processes instead).</summary>
public class ServiceFixture : IAsyncLifetime
{
    private readonly List<IHost> _hosts = [];
    private int _hostCount;

    public string ConnectionString { get; private set; } = "";

    public string StoreRoot { get; } = Path.Combine(Path.GetTempPath(), "audiobook-jobs-tests", Guid.NewGuid().ToString("N"));

    public LocalTtsServer Tts { get; private set; } = null!;

    /// <summary>Set by a failing wait, so the logs survive for reading.</summary>
    public bool KeepStore { get; set; }

    public IServiceProvider Services { get; private set; } = null!;

    /// <summary>The options of the TTS server this fixture starts (a test class's fixture may change them).</summary>
    protected virtual LocalTtsServerOptions TtsOptions => new();

    /// <summary>Configuration a test class's fixture adds for every host it starts.</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        var cluster = await PostgresCluster.GetAsync();
        ConnectionString = await cluster.CreateDatabaseAsync("jobs");
        Tts = await LocalTtsServer.StartAsync(TtsOptions, CancellationToken.None);
        var client = Build(worker: false);
        _hosts.Add(client);
        Services = client.Services;
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }

    /// <summary>Starts a worker host in this process with <paramref name="workers"/> job threads; disposing the handle
    /// stops it (a test's workers never outlive the test and take the next test's jobs).</summary>
    public async Task<WorkerHandle> StartWorkerAsync(int workers = 2, IDictionary<string, string?>? settings = null)
    {
        var host = Build(worker: true, workers, settings);
        await host.StartAsync();
        return new WorkerHandle(host);
    }

    /// <summary>Starts a real worker process (<c>audiobook worker</c>) on this fixture's database, store and TTS server.</summary>
    public ServiceProcess StartWorkerProcess(int workers = 2, IDictionary<string, string?>? settings = null)
    {
        var all = Settings(workers);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Directory.CreateDirectory(StoreRoot);
        return ServiceProcess.Start(all, Path.Combine(StoreRoot, $"worker-{Interlocked.Increment(ref _hostCount)}.log"));
    }

    public IDictionary<string, string?> Settings(int workers = 2)
    {
        var settings = BaseSettings(workers);
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        return settings;
    }

    private Dictionary<string, string?> BaseSettings(int workers) => new()
    {
        ["ConnectionStrings:Audiobook"] = ConnectionString,
        ["Storage:Root"] = StoreRoot,
        ["Tts:ApiKey"] = "test-key",
        ["Tts:BaseUrl"] = Tts.RealtimeUri.ToString(),
        ["Tts:CustomizationUrl"] = Tts.CustomizationUri.ToString(),
        ["Jobs:InvisibilityTimeout"] = "00:00:20",
        ["Jobs:QueuePollInterval"] = "00:00:00.300",
        ["Jobs:ProgressInterval"] = "00:00:00.300",
        ["Jobs:ChapterStaleAfter"] = "00:00:05",
        ["Jobs:SchedulePollInterval"] = "00:00:01",
        ["Jobs:SweepCron"] = "*/5 * * * * *",
        ["Config:Directory"] = RepositoryRoot.File("config"),
        ["Rendering:CacheDirectory"] = Path.Combine(StoreRoot, "segments"),
        ["Rendering:RequestsPerMinute"] = "0",
        ["Worker:Workers"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Worker:Sessions"] = "4",
    };

    private IHost Build(bool worker, int workers = 2, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(Settings(workers));
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        Directory.CreateDirectory(StoreRoot);
        builder.Logging.AddProvider(new FileLoggerProvider(Path.Combine(StoreRoot, $"host-{Interlocked.Increment(ref _hostCount)}.log")));
        if (worker)
        {
            builder.Services.AddAudiobookWorker();
        }
        else
        {
            builder.Services.AddAudiobookJobClient();
        }

        return builder.Build();
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.StopAsync(TimeSpan.FromSeconds(30));
            host.Dispose();
        }

        await Tts.DisposeAsync();
        // The store (with the hosts' logs) is left in the temp folder when a test of the class failed; else removed.
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
}
