using Audiobook.Media.Mastering;

namespace Audiobook.Media.Pcm;

/// <summary>How a <see cref="PcmChapterWriter"/> fills pauses.</summary>
public sealed record PcmChapterWriterOptions
{
    public PauseFill PauseFill { get; init; } = PauseFill.RoomTone;

    /// <summary>RMS level of the room tone in dBFS.</summary>
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
