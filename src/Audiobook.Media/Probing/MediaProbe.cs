using System.ComponentModel.DataAnnotations;
using Audiobook.Media.Encoding;
using Audiobook.Media.Ffmpeg;

namespace Audiobook.Media.Probing;

/// <summary>Measures and inspects media files with ffmpeg (<c>ebur128</c>) and ffprobe. Running the tool and
/// parsing its output are separate: see <see cref="Ebur128OutputParser"/> and <see cref="FfprobeJsonParser"/>.
/// Disposing kills any measurement still running.</summary>
public sealed class MediaProbe : IAsyncDisposable
{
    private readonly FfmpegRunner _runner;

    public MediaProbe(EncoderOptions? options = null)
    {
        options ??= new EncoderOptions();
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        _runner = new FfmpegRunner(FfmpegSetup.CreateOptions(options.FfmpegBinaryFolder), options.CancellationGracePeriod, options.MaxConcurrentProcesses);
    }

    /// <summary>Loudness of a media file as ffmpeg's EBU R128 meter reads it (true peak on).</summary>
    public Task<Ebur128Summary> MeasureEbur128Async(string path, CancellationToken cancellationToken)
    {
        var command = new FfmpegCommand();
        command.Input(path);
        return MeasureAsync(command, path, cancellationToken);
    }

    /// <summary>Loudness of a raw PCM file in <paramref name="format"/>, as ffmpeg's EBU R128 meter reads it.</summary>
    public Task<Ebur128Summary> MeasureEbur128Async(string pcmPath, PcmFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(format);
        var command = new FfmpegCommand();
        command.PcmInput(pcmPath, format);
        return MeasureAsync(command, pcmPath, cancellationToken);
    }

    /// <summary>Format, streams, tags and chapters of a media file.</summary>
    public async Task<ProbeResult> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var json = await ToolProcess.RunAsync(
            FfmpegSetup.FfprobePath(_runner.Options),
            ["-v", "error", "-show_format", "-show_streams", "-show_chapters", "-of", "json", path],
            $"probing {Path.GetFileName(path)}",
            cancellationToken).ConfigureAwait(false);
        return FfprobeJsonParser.Parse(json);
    }

    public ValueTask DisposeAsync() => _runner.DisposeAsync();

    private async Task<Ebur128Summary> MeasureAsync(FfmpegCommand command, string path, CancellationToken cancellationToken)
    {
        command.Output("-map", "0:a:0", "-af", "ebur128=peak=true:framelog=verbose").OutputNull();
        var stderr = await _runner.RunAsync(command, $"measuring {Path.GetFileName(path)}", cancellationToken).ConfigureAwait(false);
        return Ebur128OutputParser.Parse(string.Join('\n', stderr));
    }
}
