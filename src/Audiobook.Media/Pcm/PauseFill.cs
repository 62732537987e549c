namespace Audiobook.Media.Pcm;

/// <summary>What fills a pause written by <see cref="PcmChapterWriter.WritePauseAsync(TimeSpan, CancellationToken)"/>.</summary>
public enum PauseFill
{
    /// <summary>Low-level pink noise (<see cref="RoomToneGenerator"/>): no digital silence.</summary>
    RoomTone,

    /// <summary>Zero samples.</summary>
    Silence,
}
