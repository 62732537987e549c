using System.ComponentModel.DataAnnotations;
using Audiobook.Media.Mastering;

namespace Audiobook.Media.Pcm;

/// <summary>How a <see cref="PcmChapterWriter"/> fills pauses. Not a configuration section: every chapter derives it from its
/// mastering profile (<see cref="For"/>), which is checked when <c>profiles.json</c> loads; the writer validates it on construction.</summary>
public sealed record PcmChapterWriterOptions
{
    [EnumDataType(typeof(PauseFill))]
    public PauseFill PauseFill { get; init; } = PauseFill.RoomTone;

    /// <summary>RMS level of the room tone in dBFS: audible hiss above −20, below the 16-bit floor under −120.</summary>
    [Range(-120.0, -20.0)]
    public double RoomToneDb { get; init; } = -70.0;

    /// <summary>Seed of the room tone noise (a fixed seed keeps renders byte-for-byte reproducible).</summary>
    public int Seed { get; init; }

    /// <summary>Room tone at the profile's level, or silence when the profile has none.</summary>
    public static PcmChapterWriterOptions For(MasteringProfile profile, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.RoomToneDb is { } level
            ? new PcmChapterWriterOptions { PauseFill = PauseFill.RoomTone, RoomToneDb = level, Seed = seed }
            : new PcmChapterWriterOptions { PauseFill = PauseFill.Silence, Seed = seed };
    }
}
