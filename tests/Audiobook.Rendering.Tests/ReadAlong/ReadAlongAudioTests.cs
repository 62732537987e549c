using System.Diagnostics;
using Audiobook.Rendering.Cache;

namespace Audiobook.Rendering.Tests.ReadAlong;

/// <summary>
/// The clips hold what they claim: each <c>par</c>'s time range, decoded from the chapter audio inside the EPUB, starts
/// with that segment's own audio from the cache (waveform correlation, the mastering gain and AAC notwithstanding), is
/// at least as long as it, and is quiet after it up to the clip's end, so no boundary cuts into another segment's speech.
/// </summary>
[Collection(ReadAlongRenderGroup.Name)]
public sealed class ReadAlongAudioTests(ReadAlongRenderFixture fixture)
{
    private const int Rate = 24000;
    private const int SamplesPerMs = Rate / 1000;
    private const double MinCorrelation = 0.9;
    private const double SpeechFloorDbfs = -35;
    private const double PauseCeilingDbfs = -45;

    public static TheoryData<string> Samples => new(ReadAlongRenderFixture.Samples);

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task RenderAsync_Epub3_EachClipHoldsItsSegmentAndNoOtherSpeech(string sample)
    {
        var render = fixture.Renders[sample];
        var cache = new SegmentCache(fixture.CacheDirectory);
        var audio = render.Epub.AudioEntries;
        Assert.Equal(render.Plans.Count, audio.Count);
        for (var c = 0; c < render.Plans.Count; c++)
        {
            var plan = render.Plans[c];
            var chapter = await DecodeAsync(render.Epub.Bytes(audio[c]));
            var clips = render.Epub.Clips.Where(p => p.AudioPath == audio[c]).OrderBy(p => p.BeginMs).ToList();
            Assert.Equal(plan.Segments.Count, clips.Count);
            for (var i = 0; i < clips.Count; i++)
            {
                var clip = clips[i];
                var what = $"{sample} chapter {plan.Number} clip {i + 1} ({clip.TextId}, {clip.BeginMs}-{clip.EndMs} ms)";
                Assert.True(cache.TryGet(plan.CacheKeys[i], out var cached), what + ": segment not in the cache");
                var segment = Samples16(await File.ReadAllBytesAsync(cached));
                var begin = (int)(clip.BeginMs * SamplesPerMs);
                var end = Math.Min(chapter.Length, (int)(clip.EndMs * SamplesPerMs));
                Assert.True(end - begin >= segment.Length - SamplesPerMs, $"{what}: shorter than its segment ({segment.Length / SamplesPerMs} ms)");

                // Clip times are whole milliseconds, so the segment may start up to half a millisecond off.
                var correlation = Enumerable.Range(-2 * SamplesPerMs, 4 * SamplesPerMs + 1).Max(lag => Correlation(segment, chapter, begin + lag));
                Assert.True(correlation >= MinCorrelation, $"{what}: correlation with its own audio {correlation:F3}");
                Assert.True(Dbfs(chapter, begin, begin + segment.Length) > SpeechFloorDbfs, $"{what}: no speech where the segment should be");

                var loudestAfter = LoudestWindowDbfs(chapter, begin + segment.Length + (2 * SamplesPerMs), end);
                Assert.True(loudestAfter < PauseCeilingDbfs, $"{what}: {loudestAfter:F1} dBFS after the segment, inside the clip (another segment's speech?)");
            }
        }
    }

    private static double Correlation(short[] segment, short[] chapter, int at)
    {
        if (at < 0 || at + segment.Length > chapter.Length)
        {
            return double.MinValue;
        }

        double dot = 0, a = 0, b = 0;
        for (var i = 0; i < segment.Length; i++)
        {
            dot += (double)segment[i] * chapter[at + i];
            a += (double)segment[i] * segment[i];
            b += (double)chapter[at + i] * chapter[at + i];
        }

        return dot / Math.Sqrt(a * b);
    }

    private static double Dbfs(short[] samples, int from, int to)
    {
        double sum = 0;
        for (var i = from; i < to; i++)
        {
            sum += (double)samples[i] * samples[i];
        }

        return 20 * Math.Log10(Math.Sqrt(sum / Math.Max(1, to - from)) / 32768 + 1e-12);
    }

    // The loudest 20 ms window of a stretch (silence reads as far below the ceiling).
    private static double LoudestWindowDbfs(short[] samples, int from, int to)
    {
        var window = 20 * SamplesPerMs;
        var loudest = -200.0;
        for (var at = from; at + window <= to; at += window / 2)
        {
            loudest = Math.Max(loudest, Dbfs(samples, at, at + window));
        }

        return loudest;
    }

    private static short[] Samples16(byte[] pcm)
    {
        var samples = new short[pcm.Length / 2];
        Buffer.BlockCopy(pcm, 0, samples, 0, samples.Length * 2);
        return samples;
    }

    private static async Task<short[]> DecodeAsync(byte[] m4a)
    {
        var input = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(input, m4a);
            var start = new ProcessStartInfo("ffmpeg") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-v", "error", "-i", input, "-f", "s16le", "-ac", "1", "-ar", "24000", "-" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            using var pcm = new MemoryStream();
            var error = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.BaseStream.CopyToAsync(pcm);
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await error);
            return Samples16(pcm.ToArray());
        }
        finally
        {
            File.Delete(input);
        }
    }
}
