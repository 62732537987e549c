namespace Audiobook.Media.Probing;

/// <summary>One stream of a probed file.</summary>
/// <param name="Index">Stream index in the container.</param>
/// <param name="CodecType"><c>audio</c>, <c>video</c>, <c>data</c>, ...</param>
/// <param name="CodecName">Codec, e.g. <c>aac</c>, <c>mp3</c>, <c>mjpeg</c>, <c>png</c>.</param>
/// <param name="SampleRate">Audio sample rate in Hz.</param>
/// <param name="Channels">Audio channels.</param>
/// <param name="BitRate">Bit rate in bit/s when the container states it.</param>
/// <param name="FrameCount">Packets (frames) in the stream when the container states it (mp4 does).</param>
/// <param name="Duration">Stream duration when stated.</param>
/// <param name="IsAttachedPicture">A cover image (disposition <c>attached_pic</c>).</param>
/// <param name="Tags">Stream tags (<c>title</c>, <c>comment</c>, <c>language</c>, ...).</param>
public sealed record StreamInfo(
    int Index,
    string CodecType,
    string CodecName,
    int? SampleRate,
    int? Channels,
    long? BitRate,
    long? FrameCount,
    TimeSpan? Duration,
    bool IsAttachedPicture,
    IReadOnlyDictionary<string, string> Tags);
