using System.Runtime.CompilerServices;
using System.Text;
using Audiobook.TtsServer.Dsp;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>Streams 16-bit mono PCM at the session's sample rate from espeak-ng, one synthesis per language run, resampled and
/// volume-scaled as it arrives, so the first samples leave long before a long text is fully synthesized. With
/// <paramref name="library"/> espeak-ng runs inside this process (<see cref="EspeakLibrary"/>: no process start per text, the same
/// samples); without it, as one <c>espeak-ng</c> process per run whose WAV output is parsed.</summary>
internal sealed class SpeechSynthesizer(ProcessTracker processes, string espeakPath, EspeakLibrary? library = null)
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
            var samples = library is null
                ? RunAsync(invocation, run.Text, new WavStreamResampler(request.SampleRate, invocation.RateFactor, gain), cancellationToken)
                : SpeakAsync(library, invocation, run.Text, request.SampleRate, gain, cancellationToken);
            await foreach (var chunk in samples.ConfigureAwait(false))
            {
                yield return chunk;
            }
        }
    }

    private async IAsyncEnumerable<short[]> SpeakAsync(
        EspeakLibrary espeak, EspeakInvocation invocation, string text, int outputRate, double gain, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var running = processes.TrackInProcess();
        var resampler = new PolyphaseResampler(WavStreamResampler.DeclaredRate(espeak.SampleRate, invocation.RateFactor), outputRate);
        await foreach (var samples in espeak.SpeakAsync(invocation, text, cancellationToken).ConfigureAwait(false))
        {
            var output = resampler.Process(samples);
            VolumeLimiter.Apply(output, gain);
            if (output.Length > 0)
            {
                yield return output;
            }
        }

        var tail = resampler.Flush();
        VolumeLimiter.Apply(tail, gain);
        if (tail.Length > 0)
        {
            yield return tail;
        }
    }

    private async IAsyncEnumerable<short[]> RunAsync(
        EspeakInvocation invocation, string text, WavStreamResampler converter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var process = processes.Start(espeakPath, invocation.Arguments);
        await using (process.ConfigureAwait(false))
        {
            var writer = WriteTextAsync(process, text, cancellationToken);
            var buffer = new byte[ReadSize];
            int read;
            while ((read = await process.StandardOutput.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                var output = Push(converter, buffer.AsSpan(0, read), process);
                if (output.Length > 0)
                {
                    yield return output;
                }
            }

            await writer.ConfigureAwait(false);
            var exitCode = await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (exitCode != 0 || !converter.HasFormat)
            {
                throw new SynthesisException($"espeak-ng failed (exit code {exitCode}): {process.StderrTail}");
            }

            var tail = converter.Complete();
            if (tail.Length > 0)
            {
                yield return tail;
            }
        }
    }

    private static short[] Push(WavStreamResampler converter, ReadOnlySpan<byte> bytes, TrackedProcess process)
    {
        try
        {
            return converter.Push(bytes);
        }
        catch (InvalidDataException exception)
        {
            throw new SynthesisException($"espeak-ng wrote unreadable audio ({exception.Message}): {process.StderrTail}", exception);
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
}
