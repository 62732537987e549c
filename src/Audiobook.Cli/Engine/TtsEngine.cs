using Audiobook.Tts;
using Audiobook.TtsServer;

namespace Audiobook.Cli.Engine;

/// <summary>Where synthesis happens: the configured service when an API key is set (<c>DASHSCOPE_API_KEY</c> or <c>Tts:ApiKey</c>),
/// otherwise the embedded local server (configured by the <c>TtsServer</c> section) started in-process on a free loopback port
/// and spoken to over the same protocol.</summary>
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

    public static async Task<TtsEngine> StartAsync(TtsClientOptions configured, LocalTtsServerOptions engine, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configured);
        if (configured.HasApiKey)
        {
            return new TtsEngine(configured, null);
        }

        ArgumentNullException.ThrowIfNull(engine);
        var server = await LocalTtsServer.StartAsync(engine, time, cancellationToken).ConfigureAwait(false);
        var local = new TtsClientOptions
        {
            // The engine accepts any key unless TtsServer:ApiKeys lists some; then it is spoken to with the first.
            ApiKey = engine.ApiKeys.Count > 0 ? engine.ApiKeys[0] : "embedded-local-engine",
            BaseUrl = server.RealtimeUri,
            CustomizationUrl = server.CustomizationUri,
            ConnectTimeout = configured.ConnectTimeout,
            ResponseTimeout = configured.ResponseTimeout,
        };
        return new TtsEngine(local, server);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
