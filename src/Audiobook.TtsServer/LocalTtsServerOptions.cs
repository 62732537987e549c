using System.ComponentModel.DataAnnotations;

namespace Audiobook.TtsServer;

/// <summary>Options of the local Qwen-TTS-Realtime-compatible server, bound from the <c>TtsServer</c> configuration section.
/// Every inferred protocol choice has a switch here; docs/tts-server.md lists them.</summary>
public sealed class LocalTtsServerOptions : IValidatableObject
{
    public const string Section = "TtsServer";

    /// <summary>Port on 127.0.0.1 used by <see cref="LocalTtsServer.StartAsync(LocalTtsServerOptions, CancellationToken)"/>; 0 picks a free port.
    /// (The <c>dotnet run</c> host listens where <c>--urls</c> says instead.)</summary>
    [Range(0, 65535)]
    public int Port { get; init; }

    /// <summary>Accepted API keys. Empty: any non-empty Bearer key is accepted. A missing or unknown key gets HTTP 401 <c>InvalidApiKey</c>.</summary>
    public IReadOnlyList<string> ApiKeys { get; init; } = [];

    /// <summary>Where cloned and designed voices persist (<c>custom-voices.json</c>); null keeps them in memory only.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Close a connection when no response starts within this time after it opened or after the last response ended.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "1.00:00:00")]
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public RateLimitOptions RateLimits { get; init; } = new();

    public FaultInjectionOptions Faults { get; init; } = new();

    /// <summary>Close (1000) after <c>session.finished</c>. False allows connection reuse: a new <c>session.update</c> starts the next session.</summary>
    public bool CloseAfterFinish { get; init; } = true;

    /// <summary>In <c>commit</c> mode, synthesize uncommitted text on <c>session.finish</c> instead of discarding it.</summary>
    public bool SynthesizeUncommittedOnFinishInCommitMode { get; init; }

    public VoiceErrorTiming VoiceErrorTiming { get; init; } = VoiceErrorTiming.OnUpdate;

    /// <summary>Close the connection (1007) after the empty-commit error instead of keeping it open.</summary>
    public bool CloseOnEmptyCommit { get; init; }

    /// <summary>Refuse an unknown <c>?model=</c> with HTTP 404 <c>ModelNotFound</c>. False mimics the real service as observed:
    /// <c>session.created</c>, then a silent close (1000).</summary>
    public bool RejectUnknownModels { get; init; } = true;

    /// <summary>Most characters the input text buffer may hold; an append beyond it is refused with an error.</summary>
    [Range(1, 10_000_000)]
    public int MaxInputTextBufferCharacters { get; init; } = 100_000;

    /// <summary>Audio per <c>response.audio.delta</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:05")]
    public TimeSpan AudioDeltaDuration { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Cloned plus designed voices each allowed (docs: 1000 per account); more gets HTTP 400 <c>Throttling.AllocationQuota</c>.</summary>
    [Range(0, 1_000_000)]
    public int MaxCustomVoicesPerKind { get; init; } = 1000;

    [Required]
    public string EspeakPath { get; init; } = "espeak-ng";

    /// <summary>libespeak-ng, loaded into the server so a text needs no <c>espeak-ng</c> process (same audio, far less CPU); empty, or a
    /// library that does not load, falls back to starting <see cref="EspeakPath"/> per text.</summary>
    public string? EspeakLibrary { get; init; } = "libespeak-ng.so.1";

    [Required]
    public string FfmpegPath { get; init; } = "ffmpeg";

    /// <summary>Responses synthesized at once across all connections; further responses wait for a slot.</summary>
    [Range(1, 4096)]
    public int MaxConcurrentSyntheses { get; init; } = Environment.ProcessorCount * 2;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(RateLimits, new ValidationContext(RateLimits), results, validateAllProperties: true);
        Validator.TryValidateObject(Faults, new ValidationContext(Faults), results, validateAllProperties: true);
        if (ApiKeys.Any(string.IsNullOrWhiteSpace))
        {
            results.Add(new ValidationResult("ApiKeys must not contain empty keys.", [nameof(ApiKeys)]));
        }

        return results;
    }
}
