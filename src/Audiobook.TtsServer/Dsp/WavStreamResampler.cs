namespace Audiobook.TtsServer.Dsp;

/// <summary>Turns a 16-bit mono PCM WAV that arrives in arbitrary pieces (espeak-ng's stdout) into PCM at <paramref name="outputRate"/>:
/// the header is parsed once it is complete, an odd byte waits for the next piece, the data is resampled from the header's rate times
/// <paramref name="rateFactor"/> (declaring the audio faster raises its pitch) and scaled by <see cref="VolumeLimiter"/>. Every stage is
/// sample-exact, so the concatenated output depends only on the bytes, never on how the pipe happened to split them.</summary>
internal sealed class WavStreamResampler(int outputRate, double rateFactor, double gain)
{
    private List<byte>? _header = [];
    private PolyphaseResampler? _resampler;
    private int _carry = -1;

    /// <summary>Whether the WAV header has been read.</summary>
    public bool HasFormat => _resampler is not null;

    /// <summary>Feeds the next bytes of the WAV stream and returns the output samples that are now complete.</summary>
    /// <exception cref="InvalidDataException">The stream is not 16-bit mono PCM WAV.</exception>
    public short[] Push(ReadOnlySpan<byte> bytes)
    {
        if (_header is not null)
        {
            _header.AddRange(bytes);
            var buffered = _header.ToArray();
            if (!WavHeader.TryParse(buffered, out var format, out var offset))
            {
                return [];
            }

            if (format is not { AudioFormat: 1, Channels: 1, BitsPerSample: 16 })
            {
                throw new InvalidDataException(
                    $"Expected 16-bit mono PCM WAV, got format {format.AudioFormat}, {format.Channels} channel(s), {format.BitsPerSample} bits.");
            }

            _resampler = new PolyphaseResampler(DeclaredRate(format.SampleRate, rateFactor), outputRate);
            _header = null;
            return Resample(buffered.AsSpan(offset));
        }

        return Resample(bytes);
    }

    /// <summary>The rate the audio is declared to have: <paramref name="rateFactor"/> times its real rate, rounded to 50 Hz so the
    /// resampler's L/M ratio (and its filter) stays small.</summary>
    public static int DeclaredRate(int sampleRate, double rateFactor) => (int)Math.Round(sampleRate * rateFactor / 50) * 50;

    /// <summary>Ends the stream: returns the resampler's tail. A trailing odd byte is dropped.</summary>
    /// <exception cref="InvalidDataException">The stream ended before its WAV header was complete.</exception>
    public short[] Complete()
    {
        var resampler = _resampler ?? throw new InvalidDataException("The WAV stream ended before its header was complete.");
        var tail = resampler.Flush();
        VolumeLimiter.Apply(tail, gain);
        return tail;
    }

    private short[] Resample(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return [];
        }

        short[] samples;
        if (_carry >= 0)
        {
            var joined = new byte[bytes.Length + 1];
            joined[0] = (byte)_carry;
            bytes.CopyTo(joined.AsSpan(1));
            samples = Pcm16.ToSamples(joined);
            _carry = joined.Length % 2 == 1 ? joined[^1] : -1;
        }
        else
        {
            samples = Pcm16.ToSamples(bytes);
            _carry = bytes.Length % 2 == 1 ? bytes[^1] : -1;
        }

        var output = _resampler!.Process(samples);
        VolumeLimiter.Apply(output, gain);
        return output;
    }
}
