using System.ComponentModel.DataAnnotations;

namespace Audiobook.Media.Encoding;

/// <summary>How the media tools are run: bound from the <c>Encoder</c> configuration section and validated at start by
/// <see cref="MediaServiceCollectionExtensions.AddMediaEncoding"/>; <see cref="AudioEncoder"/> and <see cref="Probing.MediaProbe"/>
/// check an instance built in code the same way.</summary>
public sealed class EncoderOptions
{
    public const string Section = "Encoder";

    /// <summary>Folder holding ffmpeg and ffprobe; null or empty finds them on PATH.</summary>
    public string? FfmpegBinaryFolder { get; init; }

    /// <summary>How long a cancelled ffmpeg may take to exit before it is killed. ffmpeg runs with <c>-nostdin</c>,
    /// so it cannot be asked to quit: the default kills at once (the partial output is deleted anyway).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan CancellationGracePeriod { get; init; } = TimeSpan.Zero;

    /// <summary>ffmpeg processes allowed at once per encoder (engineering notes: 1-2 per host; encoders, not
    /// synthesis, set the pace of a render on a 2-core machine).</summary>
    [Range(1, 64)]
    public int MaxConcurrentProcesses { get; init; } = 2;
}
