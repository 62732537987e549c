using System.Globalization;
using System.Runtime.CompilerServices;
using Audiobook.Tts.Protocol;
using Audiobook.TtsServer.Dsp;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>Frames a response's PCM as delta payloads. pcm: raw s16le, ~100 ms per delta. wav: the same, the first delta prefixed with a
/// 44-byte header of unknown length. mp3/opus: a streaming ffmpeg encoder per response (libmp3lame / libopus in Ogg with 100 ms pages);
/// deltas are consecutive byte slices of that stream, not aligned to frames. In every format the concatenated deltas of one response
/// are one playable file.</summary>
internal sealed class AudioEncoder(ProcessTracker processes, string ffmpegPath)
{
    private const int OpusMaxKbps = 256;

    public IAsyncEnumerable<byte[]> EncodeAsync(IAsyncEnumerable<short[]> pcm, AudioOutputFormat format, CancellationToken cancellationToken) =>
        format.Format switch
        {
            AudioFormats.Pcm => ChunkPcmAsync(pcm, format, withHeader: false, cancellationToken),
            AudioFormats.Wav => ChunkPcmAsync(pcm, format, withHeader: true, cancellationToken),
            AudioFormats.Mp3 or AudioFormats.Opus => EncodeWithFfmpegAsync(pcm, format, cancellationToken),
            _ => throw new ArgumentException($"Unsupported response format '{format.Format}'.", nameof(format)),
        };

    internal static IReadOnlyList<string> FfmpegArguments(AudioOutputFormat format)
    {
        var rate = format.SampleRate.ToString(CultureInfo.InvariantCulture);
        List<string> arguments = ["-hide_banner", "-nostdin", "-loglevel", "error", "-f", "s16le", "-ar", rate, "-ac", "1", "-i", "pipe:0"];
        if (string.Equals(format.Format, AudioFormats.Mp3, StringComparison.Ordinal))
        {
            arguments.AddRange(["-c:a", "libmp3lame", "-b:a", Kbps(format.BitRateKbps), "-write_xing", "0", "-id3v2_version", "0", "-f", "mp3"]);
        }
        else
        {
            arguments.AddRange(["-c:a", "libopus", "-b:a", Kbps(Math.Min(format.BitRateKbps, OpusMaxKbps)), "-application", "audio",
                "-page_duration", "100000", "-f", "ogg"]);
        }

        // Without bitexact the Ogg muxer draws a random stream serial number per run, so the same request gave different opus bytes.
        arguments.AddRange(["-fflags", "+bitexact", "-flush_packets", "1", "pipe:1"]);
        return arguments;
    }

    private static string Kbps(int kbps) => kbps.ToString(CultureInfo.InvariantCulture) + "k";

    private static async IAsyncEnumerable<byte[]> ChunkPcmAsync(
        IAsyncEnumerable<short[]> pcm, AudioOutputFormat format, bool withHeader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunkSamples = Math.Max(1, (int)(format.SampleRate * format.DeltaDuration.TotalSeconds));
        var pending = new short[chunkSamples];
        var filled = 0;
        var first = true;
        await foreach (var samples in pcm.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var offset = 0;
            while (offset < samples.Length)
            {
                var take = Math.Min(chunkSamples - filled, samples.Length - offset);
                samples.AsSpan(offset, take).CopyTo(pending.AsSpan(filled));
                filled += take;
                offset += take;
                if (filled == chunkSamples)
                {
                    yield return Frame(pending, format, withHeader && first);
                    filled = 0;
                    first = false;
                }
            }
        }

        if (filled > 0 || first)
        {
            // A response always carries audio: text that yields no samples (only punctuation) gets one delta of silence.
            yield return Frame(filled > 0 ? pending.AsSpan(0, filled) : pending, format, withHeader && first);
        }
    }

    private static byte[] Frame(ReadOnlySpan<short> samples, AudioOutputFormat format, bool withHeader)
    {
        var bytes = Pcm16.ToBytes(samples);
        return withHeader ? [.. WavHeader.Create(format.SampleRate), .. bytes] : bytes;
    }

    private async IAsyncEnumerable<byte[]> EncodeWithFfmpegAsync(
        IAsyncEnumerable<short[]> pcm, AudioOutputFormat format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var process = processes.Start(ffmpegPath, FfmpegArguments(format));
        await using (process.ConfigureAwait(false))
        {
            using var feederCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var feeder = FeedAsync(pcm, process, format, feederCancellation.Token);
            var minimum = Math.Max(256, (int)(format.BitRateKbps * 1000 / 8 * format.DeltaDuration.TotalSeconds));
            var buffer = new byte[16384];
            using var pending = new MemoryStream();
            var endOfStream = false;
            try
            {
                int read;
                while ((read = await process.StandardOutput.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    pending.Write(buffer, 0, read);
                    if (pending.Length >= minimum)
                    {
                        yield return pending.ToArray();
                        pending.SetLength(0);
                    }
                }

                endOfStream = true;
            }
            finally
            {
                if (!endOfStream)
                {
                    // The consumer stopped early (cancel, disconnect): stop the synthesis feeding ffmpeg and observe its outcome.
                    await feederCancellation.CancelAsync().ConfigureAwait(false);
                    process.Kill();
                    await feeder.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)
                        .ConfigureAwait(false);
                }
            }

            await feeder.ConfigureAwait(false);
            var exitCode = await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (exitCode != 0)
            {
                throw new SynthesisException($"ffmpeg failed to encode {format.Format} (exit code {exitCode}): {process.StderrTail}");
            }

            if (pending.Length > 0)
            {
                yield return pending.ToArray();
            }
        }
    }

    private static async Task FeedAsync(IAsyncEnumerable<short[]> pcm, TrackedProcess process, AudioOutputFormat format, CancellationToken cancellationToken)
    {
        try
        {
            var any = false;
            await foreach (var samples in pcm.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                any |= samples.Length > 0;
                if (!await TryWriteAsync(process, Pcm16.ToBytes(samples), cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }

            if (!any)
            {
                await TryWriteAsync(process, new byte[format.SampleRate / 5], cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            try
            {
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // ffmpeg already gone; its exit code reports why.
            }
        }
    }

    /// <summary>Writes to ffmpeg's stdin; false when ffmpeg has gone away (its exit code and stderr then explain why).</summary>
    private static async Task<bool> TryWriteAsync(TrackedProcess process, byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            await process.StandardInput.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
