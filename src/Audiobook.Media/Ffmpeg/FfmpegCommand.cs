namespace Audiobook.Media.Ffmpeg;

/// <summary>An ffmpeg command as a list of arguments (global options and inputs, then output options and the
/// output path). Pure data: building it is testable without running anything.</summary>
internal sealed class FfmpegCommand
{
    private readonly List<string> _inputs = ["-nostdin", "-hide_banner", "-nostats"];
    private readonly List<string> _outputs = [];
    private int _inputCount;

    public IReadOnlyList<string> InputArguments => _inputs;

    public IReadOnlyList<string> OutputArguments => _outputs;

    public int InputCount => _inputCount;

    /// <summary>Logs at <c>verbose</c>, which adds the per-stream counts of what was encoded and muxed to ffmpeg's closing report.</summary>
    public FfmpegCommand Verbose()
    {
        _inputs.AddRange(["-loglevel", "verbose"]);
        return this;
    }

    /// <summary>Adds an input with its demuxer options (placed before its <c>-i</c>); returns its index.</summary>
    public int Input(string path, params string[] options)
    {
        _inputs.AddRange(options);
        _inputs.Add("-i");
        _inputs.Add(path);
        return _inputCount++;
    }

    /// <summary>Adds a raw PCM input in <paramref name="format"/>; returns its index.</summary>
    public int PcmInput(string path, PcmFormat format) =>
        Input(path, "-f", "s16le", "-ar", Invariant(format.SampleRate), "-ac", Invariant(format.Channels));

    public FfmpegCommand Output(params string[] arguments)
    {
        _outputs.AddRange(arguments);
        return this;
    }

    /// <summary>Writes to <paramref name="path"/> with the muxer <paramref name="muxer"/>, replacing a file there.</summary>
    public FfmpegCommand OutputFile(string muxer, string path) => Output("-f", muxer, "-y", path);

    /// <summary>Decodes and discards the output (measurement passes).</summary>
    public FfmpegCommand OutputNull() => Output("-f", "null", "-");

    public override string ToString() => CommandLine.Join(_inputs.Concat(_outputs));

    public static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
