using FFMpegCore;
using FFMpegCore.Arguments;

namespace Audiobook.Media.Ffmpeg;

/// <summary>Pre-quoted command-line text handed to FFMpegCore as an input or output argument, so paths and values
/// are quoted by <see cref="CommandLine"/> rather than FFMpegCore's plain <c>"..."</c> wrapping.</summary>
internal sealed class RawArgument(string text) : IInputArgument, IOutputArgument
{
    public string Text { get; } = text;

    public void Pre(FFOptions options)
    {
    }

    public Task During(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public void Post()
    {
    }
}
