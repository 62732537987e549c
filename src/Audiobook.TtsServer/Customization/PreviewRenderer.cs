using Audiobook.Tts.Protocol;
using Audiobook.TtsServer.Dsp;
using Audiobook.TtsServer.Synthesis;

namespace Audiobook.TtsServer.Customization;

/// <summary>Renders a designed voice's preview as one complete file in the requested format and rate (a WAV gets real lengths).</summary>
internal sealed class PreviewRenderer(SpeechSynthesizer synthesizer, AudioEncoder encoder)
{
    public async Task<byte[]> RenderAsync(SynthesisRequest request, string format, CancellationToken cancellationToken)
    {
        var samples = new List<short>();
        await foreach (var chunk in synthesizer.SynthesizeAsync(request, cancellationToken).ConfigureAwait(false))
        {
            samples.AddRange(chunk);
        }

        var pcm = Pcm16.ToBytes(samples.ToArray());
        switch (format)
        {
            case AudioFormats.Pcm:
                return pcm;
            case AudioFormats.Wav:
                return [.. WavHeader.Create(request.SampleRate, (uint)pcm.Length), .. pcm];
            default:
                using (var file = new MemoryStream())
                {
                    var output = new AudioOutputFormat(format, request.SampleRate, 128, TimeSpan.FromSeconds(1));
                    await foreach (var bytes in encoder.EncodeAsync(Once(samples.ToArray()), output, cancellationToken).ConfigureAwait(false))
                    {
                        file.Write(bytes);
                    }

                    return file.ToArray();
                }
        }
    }

    private static async IAsyncEnumerable<short[]> Once(short[] samples)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return samples;
    }
}
