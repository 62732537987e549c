using Audiobook.Core.Books;
using Audiobook.Core.Segmentation;
using Audiobook.Core.Voices;
using Audiobook.Media.Encoding;
using Audiobook.Media.Mastering;
using Audiobook.Rendering.Progress;
using Audiobook.Rendering.Synthesis;
using Audiobook.Rendering.Synthesis.Retry;
using Audiobook.Tts;
using Audiobook.TtsServer;

namespace Audiobook.Rendering.Tests.EndToEnd;

/// <summary>A real local TTS server plus a renderer wired to it over real WebSockets, with its own cache and output folders.</summary>
internal sealed class RenderHarness : IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "render-" + Guid.NewGuid().ToString("N"));

    private RenderHarness(LocalTtsServer server) => Server = server;

    public LocalTtsServer Server { get; }

    public string CacheDirectory => Path.Combine(_root, "cache");

    public static async Task<RenderHarness> StartAsync(LocalTtsServerOptions? options = null) =>
        new(await LocalTtsServer.StartAsync(options ?? new LocalTtsServerOptions(), CancellationToken.None));

    public string Output(string name) => Path.Combine(_root, name);

    public RenderSettings Settings(string output, OutputFormats formats = OutputFormats.Mp3 | OutputFormats.M4b, string profile = "audiobook") => new()
    {
        Voice = new VoiceSettings("qwen3-tts-flash-realtime", "Ethan"),
        Profile = MasteringProfiles.Get(profile),
        OutputDirectory = output,
        CacheDirectory = CacheDirectory,
        Formats = formats,
        Concurrency = 3,
        PricePer10kCharacters = 1m,
    };

    public async Task<RenderResult> RenderAsync(Book book, RenderSettings settings, IProgress<RenderProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var client = new TtsClientOptions { ApiKey = "test-key", BaseUrl = Server.RealtimeUri };
        var pool = new SessionPoolSettings { Client = client, Voice = settings.Voice, MaxSessions = settings.Concurrency };
        // The server's Retry-After is whole seconds; the harness cuts it so fault-injection tests stay quick.
        var retry = new SynthesisRetryOptions
        {
            MaxRetries = 7,
            BaseDelay = TimeSpan.FromMilliseconds(20),
            MaxDelay = TimeSpan.FromMilliseconds(200),
            ThrottleDelay = TimeSpan.FromMilliseconds(50),
            MaxRetryAfter = TimeSpan.FromMilliseconds(200),
        };
        await using var synthesizer = new RealtimeSegmentSynthesizer(pool, UnlimitedRateLimiter.Instance, retry, TimeProvider.System);
        await using var encoder = new AudioEncoder(new EncoderOptions());
        var renderer = new BookRenderer(synthesizer, encoder, TimeProvider.System);
        var chapters = new BookSegmenter(new SegmenterOptions()).Segment(book);
        return await renderer.RenderAsync(book, chapters, settings, progress, cancellationToken);
    }

    public static Book SampleBook(string? editedSentence = null) => new(
        new BookMetadata { Title = "The Test Book", Authors = ["A. Writer"], Language = "en" },
        [
            new Chapter(0, "Morning", [
                new TextBlock(BlockKind.Heading, "Morning"),
                new TextBlock(BlockKind.Paragraph, "The sun rose over the quiet harbour. Gulls circled above the boats, calling to one another."),
                new TextBlock(BlockKind.Paragraph, editedSentence ?? "Anna walked down to the water with a basket of bread."),
            ]),
            new Chapter(1, "Noon", [
                new TextBlock(BlockKind.Heading, "Noon"),
                new TextBlock(BlockKind.Paragraph, "By noon the market was full. Traders shouted their prices over the noise of carts."),
                new TextBlock(BlockKind.SceneBreak, ""),
                new TextBlock(BlockKind.Paragraph, "Far away, a ship appeared on the horizon."),
            ]),
            new Chapter(2, "Evening", [
                new TextBlock(BlockKind.Heading, "Evening"),
                new TextBlock(BlockKind.Paragraph, "When the lamps were lit, the town grew quiet again. Anna counted the coins she had earned and smiled."),
            ]),
        ]);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
