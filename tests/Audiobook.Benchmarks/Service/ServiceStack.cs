using System.Globalization;
using System.Net.Http.Json;
using Audiobook.Jobs.Hosting;
using Audiobook.Testing;
using Audiobook.TtsServer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Audiobook.Benchmarks.Service;

/// <summary>The service as a benchmark runs it: a throwaway PostgreSQL database (migrated), the local TTS server as its own
/// process, worker processes, and an in-process client host for submitting and reading state.</summary>
internal sealed class ServiceStack : IAsyncDisposable
{
    private readonly List<ChildProcess> _workers = [];
    private readonly ChildProcess _tts;
    private readonly IHost _client;

    private ServiceStack(string root, string connectionString, ChildProcess tts, Uri ttsBase, IHost client)
    {
        Root = root;
        ConnectionString = connectionString;
        _tts = tts;
        TtsBase = ttsBase;
        _client = client;
    }

    public string Root { get; }

    public string ConnectionString { get; }

    public Uri TtsBase { get; }

    public IServiceProvider Services => _client.Services;

    public static async Task<ServiceStack> StartAsync(string root, IDictionary<string, string?> ttsSettings, IDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var cluster = await PostgresCluster.GetAsync().ConfigureAwait(false);
        var connectionString = await cluster.CreateDatabaseAsync("bench").ConfigureAwait(false);
        var port = FreePorts.Next();
        var ttsBase = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        var ttsEnvironment = new Dictionary<string, string?>(ttsSettings) { ["TtsServer__ApiKeys__0"] = "bench-key" };
        var tts = ChildProcess.Start("Audiobook.TtsServer.dll", ["--urls", ttsBase.ToString()], ttsEnvironment, Path.Combine(root, "tts.log"));
        var all = Settings(root, connectionString, ttsBase);
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(all);
        builder.Logging.ClearProviders();
        builder.Services.AddAudiobookJobClient();
        var client = builder.Build();
        await client.StartAsync(cancellationToken).ConfigureAwait(false);
        var stack = new ServiceStack(root, connectionString, tts, ttsBase, client) { _settings = all };
        await using (var scope = client.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        await stack.WaitForTtsAsync(cancellationToken).ConfigureAwait(false);
        return stack;
    }

    private Dictionary<string, string?> _settings = [];

    /// <summary>The configuration every process of the stack runs with (another host in the run, the dashboard, takes it too).</summary>
    public IReadOnlyDictionary<string, string?> HostSettings => _settings;

    /// <summary>Starts a worker process with these settings on top of the stack's.</summary>
    public ChildProcess StartWorker(IDictionary<string, string?> settings)
    {
        var environment = new Dictionary<string, string?>();
        foreach (var (key, value) in _settings.Concat(settings))
        {
            environment["AUDIOBOOK__" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var worker = ChildProcess.Start("audiobook.dll", ["worker"], environment, Path.Combine(Root, $"worker-{_workers.Count + 1}.log"));
        _workers.Add(worker);
        return worker;
    }

    /// <summary>The TTS server's counters (<c>GET /stats</c>).</summary>
    public async Task<ServerStatisticsSnapshot> StatsAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "bench-key");
        return (await http.GetFromJsonAsync<ServerStatisticsSnapshot>(new Uri(TtsBase, "/stats"), cancellationToken).ConfigureAwait(false))!;
    }

    public async Task StopWorkersAsync()
    {
        await Task.WhenAll(_workers.Select(w => w.StopAsync())).ConfigureAwait(false);
        _workers.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await StopWorkersAsync().ConfigureAwait(false);
        await _tts.StopAsync().ConfigureAwait(false);
        await _client.StopAsync().ConfigureAwait(false);
        _client.Dispose();
    }

    private static Dictionary<string, string?> Settings(string root, string connectionString, Uri tts) => new()
    {
        ["ConnectionStrings:Audiobook"] = connectionString,
        ["Storage:Root"] = Path.Combine(root, "store"),
        ["Rendering:CacheDirectory"] = Path.Combine(root, "service-cache"),
        ["Config:Directory"] = Path.Combine(AppContext.BaseDirectory, "config"),
        ["Tts:ApiKey"] = "bench-key",
        ["Tts:BaseUrl"] = new UriBuilder(tts) { Scheme = "ws", Path = "/api-ws/v1/realtime" }.Uri.ToString(),
        ["Tts:CustomizationUrl"] = new Uri(tts, "/api/v1/services/audio/tts/customization").ToString(),
        ["Jobs:QueuePollInterval"] = "00:00:00.500",
        ["Jobs:SchedulePollInterval"] = "00:00:01",
    };

    private async Task WaitForTtsAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "bench-key");
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(TtsBase, "/stats"), cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }

        throw new InvalidOperationException("the TTS server did not start (see tts.log)");
    }

}
