namespace Audiobook.Media.Probing;

/// <summary>What ffprobe says about a media file (<c>-show_format -show_streams -show_chapters -of json</c>).</summary>
/// <param name="FormatName">Demuxer names, e.g. <c>mov,mp4,m4a,3gp,3g2,mj2</c> or <c>mp3</c>.</param>
/// <param name="Duration">Container duration.</param>
/// <param name="BitRate">Overall bit rate in bit/s.</param>
/// <param name="Tags">Container tags with lower-case keys (<c>title</c>, <c>artist</c>, <c>album</c>, ...).</param>
/// <param name="Streams">Every stream, in order.</param>
/// <param name="Chapters">Chapters, in order.</param>
public sealed record ProbeResult(
    string FormatName,
    TimeSpan Duration,
    long? BitRate,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<StreamInfo> Streams,
    IReadOnlyList<ProbeChapter> Chapters)
{
    /// <summary>The first audio stream, or null.</summary>
    public StreamInfo? Audio => Streams.FirstOrDefault(s => s.CodecType == "audio");

    /// <summary>The cover image stream, or null.</summary>
    public StreamInfo? AttachedPicture => Streams.FirstOrDefault(s => s.IsAttachedPicture);

    public bool HasAttachedPicture => AttachedPicture is not null;

    /// <summary>A container tag by case-insensitive key, or null.</summary>
    public string? Tag(string key) =>
        Tags.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
}
