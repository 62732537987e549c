using Audiobook.Tts;
using Audiobook.TtsServer;

namespace Audiobook.Cli.Engine;

/// <summary>Where synthesis happens: the real service when <c>DASHSCOPE_API_KEY</c> is set, otherwise the embedded
/// local server started in-process on a free loopback port and spoken to over the same protocol.</summary>
internal sealed class TtsEngine : IAsyncDisposable
{
    private readonly LocalTtsServer? _server;

    private TtsEngine(TtsClientOptions client, LocalTtsServer? server)
    {
        Client = client;
        _server = server;
    }

    public TtsClientOptions Client { get; }

    public bool IsEmbedded => _server is not null;

    public string Description => _server is null
        ? $"Qwen TTS service ({Client.RealtimeUrl("…").GetLeftPart(UriPartial.Path)})"
        : $"embedded local engine (espeak-ng) at {_server.RealtimeUri}";

    public static async Task<TtsEngine> StartAsync(string? region, CancellationToken cancellationToken)
    {
        var fromEnvironment = TtsClientOptions.FromEnvironment();
        if (!string.IsNullOrWhiteSpace(fromEnvironment.ApiKey))
        {
            var options = region is null ? fromEnvironment : WithRegion(fromEnvironment, region);
            return new TtsEngine(options, null);
        }

        var server = await LocalTtsServer.StartAsync(
            new LocalTtsServerOptions { DataDirectory = EngineDataDirectory() },
            cancellationToken).ConfigureAwait(false);
        var local = new TtsClientOptions
        {
            ApiKey = "embedded-local-engine",
            BaseUrl = server.RealtimeUri,
            CustomizationUrl = server.CustomizationUri,
        };
        return new TtsEngine(local, server);
    }

    private static TtsClientOptions WithRegion(TtsClientOptions options, string region) => new()
    {
        ApiKey = options.ApiKey,
        Workspace = options.Workspace,
        BaseUrl = options.BaseUrl,
        CustomizationUrl = options.CustomizationUrl,
        Region = region.ToUpperInvariant() switch
        {
            "BEIJING" or "CN" or "CHINA" => TtsRegion.Beijing,
            "SINGAPORE" or "INTL" or "INTERNATIONAL" => TtsRegion.Singapore,
            _ => throw new CliException($"unknown region '{region}' (beijing or singapore)"),
        },
    };

    /// <summary>Cloned and designed voices of the embedded engine persist here across runs.</summary>
    private static string EngineDataDirectory() =>
        Environment.GetEnvironmentVariable("AUDIOBOOK_ENGINE_DATA")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "audiobook", "engine");

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
