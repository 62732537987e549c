using Audiobook.Core.Text;
using Audiobook.TtsServer.Dsp;
using Audiobook.TtsServer.Synthesis;
using Microsoft.Extensions.Options;

namespace Audiobook.TtsServer.Customization;

/// <summary>Decodes a cloning sample with ffmpeg (from a temporary file, so MP4/M4A with a trailing moov decodes too) to 16 kHz mono and
/// measures it. Decoding failures become <c>Audio.DecoderError</c>.</summary>
internal sealed class ReferenceAudioAnalyzer(ProcessTracker processes, IOptions<LocalTtsServerOptions> options)
{
    public const int AnalysisRate = 16000;

    public async Task<ReferenceAudio> AnalyzeAsync(byte[] audio, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), "tts-reference-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(path, audio, cancellationToken).ConfigureAwait(false);
        try
        {
            var process = processes.Start(
                options.Value.FfmpegPath,
                ["-hide_banner", "-nostdin", "-nostats", "-i", path, "-vn", "-f", "s16le", "-ac", "1", "-ar", "16000", "pipe:1"]);
            await using (process.ConfigureAwait(false))
            {
                process.StandardInput.Close();
                using var pcm = new MemoryStream();
                await process.StandardOutput.CopyToAsync(pcm, cancellationToken).ConfigureAwait(false);
                var exitCode = await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                if (exitCode != 0 || pcm.Length < 2)
                {
                    throw CustomizationException.DecoderError();
                }

                var samples = Pcm16.ToSamples(pcm.GetBuffer().AsSpan(0, (int)pcm.Length));
                return new ReferenceAudio(FfmpegInputInfo.InputSampleRate(process.StderrTail), SpeechAnalyzer.Analyze(samples, AnalysisRate));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Speed relative to the base espeak speed. With a transcript: the time espeak-ng would need at speed 1 (4.5 汉字/s, 17 other
    /// letters/s of speech, measured) over the sample's speech time. Without: voiced runs per second against espeak's ~5 per second.</summary>
    public static double SpeedFactor(SpeechAnalysis analysis, string? transcript)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (!string.IsNullOrWhiteSpace(transcript) && analysis.SpeechSeconds > 0)
        {
            int hanzi = 0, letters = 0;
            foreach (var rune in transcript.EnumerateRunes())
            {
                if (ScriptClassifier.IsHan(rune.Value))
                {
                    hanzi++;
                }
                else if (System.Text.Rune.IsLetterOrDigit(rune))
                {
                    letters++;
                }
            }

            var expected = hanzi / 4.5 + letters / 17.0;
            if (expected > 0)
            {
                return Math.Clamp(expected / analysis.SpeechSeconds, 0.6, 1.6);
            }
        }

        return Math.Clamp(analysis.VoicedSegmentsPerSecond / 5.0, 0.6, 1.6);
    }
}
