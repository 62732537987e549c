using System.ComponentModel.DataAnnotations;
using Audiobook.Media.Mastering;

namespace Audiobook.Rendering;

/// <summary>The configurable defaults of a render (section <c>Rendering</c>), validated at start by
/// <see cref="RenderingServiceCollectionExtensions.AddRendering"/>. A run's <see cref="RenderSettings"/> is built from these
/// plus what only the run knows (the book, the output folder, the chosen chapters).</summary>
public sealed class RenderingOptions : IValidatableObject
{
    public const string Section = "Rendering";

    /// <summary>The most sessions one render may keep busy; the one concurrency limit every host and verb checks against.</summary>
    public const int MaxConcurrency = 64;

    public const string DefaultModel = "qwen3-tts-flash-realtime";

    /// <summary>The TTS model.</summary>
    [Required]
    public string Model { get; init; } = DefaultModel;

    /// <summary>The voice; null takes the book's own (front matter) or else the model's first system voice.</summary>
    public string? Voice { get; init; }

    [Range(0.5, 2.0)]
    public double SpeechRate { get; init; } = 1.0;

    [Range(0.5, 2.0)]
    public double PitchRate { get; init; } = 1.0;

    [Range(0, 100)]
    public int Volume { get; init; } = 50;

    /// <summary>The mastering profile (<c>config/profiles.json</c>).</summary>
    [Required]
    public string Profile { get; init; } = MasteringProfiles.DefaultName;

    public OutputFormats Formats { get; init; } = OutputFormats.M4b | OutputFormats.Mp3;

    /// <summary>Sessions committing at once.</summary>
    [Range(1, MaxConcurrency)]
    public int Concurrency { get; init; } = 4;

    /// <summary>Client-side request limit; null uses the model's documented RPM, 0 sets no client-side limit.</summary>
    [Range(0, 1_000_000)]
    public int? RequestsPerMinute { get; init; }

    /// <summary>The shared, content-addressed segment cache (<c>AUDIOBOOK_CACHE</c>).</summary>
    [Required]
    public string CacheDirectory { get; init; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "audiobook", "segments");

    /// <summary>Working PCM rate asked of the service: one every model offers.</summary>
    [AllowedValues(8000, 16000, 24000, 48000, ErrorMessage = "must be 8000, 16000, 24000 or 48000")]
    public int SampleRate { get; init; } = 24000;

    public PauseSettings Pauses { get; init; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Formats == OutputFormats.None || (Formats & ~(OutputFormats.M4b | OutputFormats.Mp3 | OutputFormats.Epub3)) != 0)
        {
            yield return new ValidationResult("needs at least one of m4b, mp3, epub3", [nameof(Formats)]);
        }

        if (!MasteringProfiles.Names.Contains(Profile, StringComparer.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                $"unknown profile '{Profile}' (known: {string.Join(", ", MasteringProfiles.Names)})", [nameof(Profile)]);
        }

        var pauses = new List<ValidationResult>();
        Validator.TryValidateObject(Pauses, new ValidationContext(Pauses), pauses, validateAllProperties: true);
        foreach (var result in pauses)
        {
            yield return new ValidationResult(result.ErrorMessage, result.MemberNames.Select(m => nameof(Pauses) + ":" + m).ToList());
        }
    }
}
