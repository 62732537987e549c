using System.Runtime.CompilerServices;
using System.Text;
using Audiobook.TtsServer.Dsp;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>Streams 16-bit mono PCM at the session's sample rate from espeak-ng: one process per language run, its WAV header parsed,
/// its PCM resampled and volume-scaled as it arrives, so the first samples leave long before a long text is fully synthesized.</summary>
internal sealed class SpeechSynthesizer(ProcessTracker processes, string espeakPath)
{
    private const int ReadSize = 8192;

    public async IAsyncEnumerable<short[]> SynthesizeAsync(
        SynthesisRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var gain = VolumeLimiter.GainFor(request.Volume);
        foreach (var run in LanguageRouter.Split(request.Text, request.LanguageType, request.Voice.Cantonese))
        {
            if (string.IsNullOrWhiteSpace(run.Text))
            {
                continue;
            }

            var invocation = EspeakArguments.Build(request.Voice, run.Language, request.SpeechRate, request.PitchRate);
            await foreach (var samples in RunAsync(invocation, run.Text, request.SampleRate, cancellationToken).ConfigureAwait(false))
            {
                VolumeLimiter.Apply(samples, gain);
                yield return samples;
            }
        }
    }

    private async IAsyncEnumerable<short[]> RunAsync(
        EspeakInvocation invocation, string text, int outputRate, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var process = processes.Start(espeakPath, invocation.Arguments);
        await using (process.ConfigureAwait(false))
        {
            var writer = WriteTextAsync(process, text, cancellationToken);
            var header = new List<byte>();
            PolyphaseResampler? resampler = null;
            var carry = -1;
            var buffer = new byte[ReadSize];
            int read;
            while ((read = await process.StandardOutput.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                ReadOnlyMemory<byte> data = buffer.AsMemory(0, read);
                if (resampler is null)
                {
                    header.AddRange(data.Span);
                    if (!WavHeader.TryParse(header.ToArray(), out var format, out var offset))
                    {
                        continue;
                    }

                    var declaredRate = (int)Math.Round(format.SampleRate * invocation.RateFactor / 50) * 50;
                    resampler = new PolyphaseResampler(declaredRate, outputRate);
                    data = header.ToArray().AsMemory(offset);
                }

                var samples = Decode(data.Span, ref carry);
                var output = resampler.Process(samples);
                if (output.Length > 0)
                {
                    yield return output;
                }
            }

            await writer.ConfigureAwait(false);
            var exitCode = await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (exitCode != 0 || resampler is null)
            {
                throw new SynthesisException($"espeak-ng failed (exit code {exitCode}): {process.StderrTail}");
            }

            var tail = resampler.Flush();
            if (tail.Length > 0)
            {
                yield return tail;
            }
        }
    }

    private static async Task WriteTextAsync(TrackedProcess process, string text, CancellationToken cancellationToken)
    {
        try
        {
            // espeak-ng starts speaking before it has read all input; writing on its own task avoids a pipe deadlock on long text.
            await process.StandardInput.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
            await process.StandardInput.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The process ended early; its exit code tells the story.
        }
        finally
        {
            try
            {
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // Broken pipe on close: same as above.
            }
        }
    }

    /// <summary>Decodes s16le bytes, holding an odd trailing byte in <paramref name="carry"/> (-1 when none) for the next read.</summary>
    private static short[] Decode(ReadOnlySpan<byte> bytes, ref int carry)
    {
        var combined = carry >= 0 ? [(byte)carry, .. bytes] : bytes.ToArray();
        carry = combined.Length % 2 == 1 ? combined[^1] : -1;
        return Pcm16.ToSamples(combined);
    }
}
