using System.ComponentModel.DataAnnotations;

namespace Audiobook.Core.Segmentation;

/// <summary>How text is cut into segments (one segment = one request to the TTS service). Lengths are UTF-16 characters.</summary>
public sealed record SegmenterOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Segmenter";

    /// <summary>Longest segment for Latin, Cyrillic and other spaced scripts. Whole sentences are packed up to this length.</summary>
    [Range(20, 5000)]
    public int MaxChars { get; init; } = 350;

    /// <summary>Longest segment for Chinese, Japanese and Korean text.</summary>
    [Range(10, 2000)]
    public int MaxCharsCjk { get; init; } = 150;

    /// <summary>Pieces shorter than this, left over from cutting a long sentence, are merged into a neighbour.</summary>
    [Range(0, 100)]
    public int MinChars { get; init; } = 10;

    /// <summary>The defaults (350 / 150 / 10).</summary>
    public static SegmenterOptions Default { get; } = new();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a limit is out of range or MinChars is not below both maxima.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxChars, 20, nameof(MaxChars));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCharsCjk, 10, nameof(MaxCharsCjk));
        ArgumentOutOfRangeException.ThrowIfNegative(MinChars, nameof(MinChars));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(MinChars, Math.Min(MaxChars, MaxCharsCjk), nameof(MinChars));
    }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinChars >= Math.Min(MaxChars, MaxCharsCjk))
        {
            yield return new ValidationResult("must be below both MaxChars and MaxCharsCjk", [nameof(MinChars)]);
        }
    }

    /// <summary>The limit for text of <paramref name="languageType"/>.</summary>
    public int MaxCharsFor(string languageType) => Text.LanguageTypes.IsCjk(languageType) ? MaxCharsCjk : MaxChars;
}
