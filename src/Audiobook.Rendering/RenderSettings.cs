using System.ComponentModel.DataAnnotations;
using Audiobook.Core.Voices;
using Audiobook.Media.Mastering;

namespace Audiobook.Rendering;

/// <summary>Everything one render needs besides the book: the configured <see cref="RenderingOptions"/> resolved for one run.
/// <see cref="BookRenderer"/> checks it against the same limits before any work starts.</summary>
public sealed record RenderSettings
{
    public required VoiceSettings Voice { get; init; }

    public required MasteringProfile Profile { get; init; }

    public required string OutputDirectory { get; init; }

    /// <summary>The shared segment cache; reused across renders and books.</summary>
    public required string CacheDirectory { get; init; }

    public OutputFormats Formats { get; init; } = OutputFormats.M4b | OutputFormats.Mp3;

    public PauseSettings Pauses { get; init; } = new();

    /// <summary>Concurrent commits (one per session).</summary>
    [Range(1, RenderingOptions.MaxConcurrency)]
    public int Concurrency { get; init; } = 4;

    /// <summary>1-based chapter numbers to (re-)render; null renders every chapter that is not up to date.</summary>
    public IReadOnlySet<int>? Chapters { get; init; }

    /// <summary>Re-synthesize the selected chapters even when the cache has their segments.</summary>
    public bool Force { get; init; }

    /// <summary>Working sample rate of the PCM from the service.</summary>
    [AllowedValues(8000, 16000, 24000, 48000, ErrorMessage = "must be 8000, 16000, 24000 or 48000")]
    public int SampleRate { get; init; } = 24000;

    /// <summary>Price of 10,000 billed characters, for the running cost; 0 when unknown.</summary>
    [Range(typeof(decimal), "0", "1000000")]
    public decimal PricePer10kCharacters { get; init; }

    public string Currency { get; init; } = "CNY";

    /// <summary>Base file name of the M4B (without extension).</summary>
    public string? BookFileName { get; init; }
}
