using Audiobook.Tts.Customization;
using Audiobook.Tts.Protocol;
using Audiobook.TtsServer;

namespace Audiobook.Tts.Tests.Conformance;

/// <summary>One real <see cref="LocalTtsServer"/> on a free 127.0.0.1 port per test class, with a known API key, rate limits off and a
/// throwaway data directory.</summary>
public sealed class LocalServerFixture : IAsyncLifetime
{
    public const string ApiKey = "sk-conformance-key";
    public const string FlashModel = "qwen3-tts-flash-realtime";
    public const string CloneModel = "qwen3-tts-vc-realtime-2026-01-15";
    public const string DesignModel = "qwen3-tts-vd-realtime-2026-01-15";

    private readonly string _data = Directory.CreateTempSubdirectory("tts-conformance-").FullName;
    private LocalTtsServer? _server;

    public LocalTtsServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public HttpClient Http { get; } = new();

    public TtsClientOptions Options => OptionsWithKey(ApiKey);

    public QwenRealtimeClient Client => new(Options);

    public VoiceCustomizationClient Customization => new(Http, Options);

    public TtsClientOptions OptionsWithKey(string? apiKey) => new()
    {
        ApiKey = apiKey,
        BaseUrl = Server.RealtimeUri,
        CustomizationUrl = Server.CustomizationUri,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        ResponseTimeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>Connects and sends one <c>session.update</c>.</summary>
    public async Task<RealtimeSession> OpenAsync(string model, SessionConfig config)
    {
        var session = await Client.ConnectAsync(model, CancellationToken.None);
        try
        {
            await session.UpdateAsync(config, CancellationToken.None);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public static SessionConfig Commit(string voice = "Cherry", string format = AudioFormats.Pcm, int sampleRate = 24000) =>
        new() { Voice = voice, Mode = SessionModes.Commit, ResponseFormat = format, SampleRate = sampleRate };

    public static async Task<byte[]> SynthesizeAsync(RealtimeSession session, string text)
    {
        using var audio = new MemoryStream();
        await session.SynthesizeAsync(text, audio, CancellationToken.None);
        return audio.ToArray();
    }

    public async Task InitializeAsync()
    {
        _server = await LocalTtsServer.StartAsync(
            new LocalTtsServerOptions { ApiKeys = [ApiKey], DataDirectory = _data, RateLimits = new RateLimitOptions { Enabled = false } },
            CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Http.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}
