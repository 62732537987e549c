using System.Diagnostics;
using System.Globalization;
using Audiobook.Core.Segmentation;
using Audiobook.Core.Voices;
using Audiobook.Media.Mastering;
using Audiobook.Tts.Catalog;
using Audiobook.TtsServer.Synthesis;

namespace Audiobook.Benchmarks;

/// <summary>The physical floor of a render on this machine: the same work at the same settings spread over the cores the render
/// uses. First espeak-ng speaks each chapter's segments (with the arguments the local server derives for the render's voice),
/// <c>cores</c> processes at a time; then every chapter is encoded to each deliverable at the mastering profile's own settings,
/// MP3 and AAC of a chapter side by side, <c>cores</c> ffmpeg processes at a time. No checks, no mastering filter, no mux.
/// The same encodes are then timed once more with the render's mastering chain in front (the "mastered floor").</summary>
internal static class FairFloor
{
    public static async Task<FloorResult> MeasureAsync(
        IReadOnlyList<ChapterSegments> chapters, VoiceSettings voice, MasteringProfile profile, int workingRate, int cores, string directory,
        CancellationToken cancellationToken)
    {
        var (speakTime, speakCpu, texts) = await SpeakAsync(chapters, voice, cores, directory, cancellationToken).ConfigureAwait(false);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = cores, CancellationToken = cancellationToken };

        // MP3 and AAC of one chapter next to each other, so both deliverables are encoded at the same time on every core.
        var encodes = texts.SelectMany(t => new[] { Mp3Arguments(Path.ChangeExtension(t, ".wav"), profile), AacArguments(Path.ChangeExtension(t, ".wav"), profile, workingRate) }).ToList();
        var cpu = CpuTimes.Now();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(encodes, parallel, async (arguments, ct) => await RunAsync("ffmpeg", arguments, ct).ConfigureAwait(false)).ConfigureAwait(false);
        var encode = (watch.Elapsed, CpuTimes.Now() - cpu);

        // The same encodes again with the render's mastering chain (gain, resampling, true-peak limiter) in front of each encoder:
        // the work the render must do on top of the bare floor to deliver mastered files, at the gain the render applies to
        // espeak-ng's speech at this profile (about +2.7 dB on Alice).
        var mastered = texts.SelectMany(t => new[]
        {
            Mp3Arguments(Path.ChangeExtension(t, ".wav"), profile, Mastering(MasteringGainDb, profile.Mp3.SampleRate, profile)),
            AacArguments(Path.ChangeExtension(t, ".wav"), profile, workingRate, Mastering(MasteringGainDb, profile.Aac.SampleRate ?? workingRate, profile)),
        }).ToList();
        cpu = CpuTimes.Now();
        watch.Restart();
        await Parallel.ForEachAsync(mastered, parallel, async (arguments, ct) => await RunAsync("ffmpeg", arguments, ct).ConfigureAwait(false)).ConfigureAwait(false);
        var masteredEncode = (watch.Elapsed, CpuTimes.Now() - cpu);

        return new FloorResult(speakTime, speakCpu, encode.Elapsed, encode.Item2, masteredEncode.Elapsed, masteredEncode.Item2, AudioSeconds(texts),
            string.Join(' ', EspeakFor(voice, chapters)));
    }

    /// <summary>The floor's speaking step: espeak-ng speaks each chapter's segment texts (one text file per chapter, a WAV beside it),
    /// <paramref name="cores"/> processes at a time. Returns its wall and CPU time and the chapters' text files.</summary>
    internal static async Task<(TimeSpan Elapsed, CpuTimes Cpu, IReadOnlyList<string> Texts)> SpeakAsync(
        IReadOnlyList<ChapterSegments> chapters, VoiceSettings voice, int cores, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var espeak = EspeakFor(voice, chapters);
        var texts = new List<string>(chapters.Count);
        for (var i = 0; i < chapters.Count; i++)
        {
            var path = Path.Combine(directory, $"chapter-{i:000}.txt");
            await File.WriteAllTextAsync(path, string.Join("\n\n", chapters[i].Segments.Select(s => s.Text)), cancellationToken).ConfigureAwait(false);
            texts.Add(path);
        }

        var cpu = CpuTimes.Now();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(texts, new ParallelOptions { MaxDegreeOfParallelism = cores, CancellationToken = cancellationToken }, async (text, ct) =>
            await RunAsync("espeak-ng", [.. espeak, "-w", Path.ChangeExtension(text, ".wav"), "-f", text], ct).ConfigureAwait(false)).ConfigureAwait(false);
        return (watch.Elapsed, CpuTimes.Now() - cpu, texts);
    }

    /// <summary>Seconds of audio in the WAVs <see cref="SpeakAsync"/> wrote beside <paramref name="texts"/> (22,050 Hz mono s16).</summary>
    internal static double AudioSeconds(IEnumerable<string> texts) =>
        texts.Sum(t => (new FileInfo(Path.ChangeExtension(t, ".wav")).Length - 44) / 2.0 / 22050);

    /// <summary>The nominal gain of the mastered floor: what the render's gain plan gives espeak-ng's speech at the default profile.</summary>
    internal const double MasteringGainDb = 2.7;

    private static string[] Mastering(double gainDb, int rate, MasteringProfile profile) =>
        ["-af", Audiobook.Media.Ffmpeg.FilterGraph.Mastering(gainDb, rate, profile.LimiterCeilingDbtp)];

    /// <summary>espeak-ng's voice, pitch, speed, word gap and amplitude as the local server runs them for this voice, so the floor
    /// speaks as much audio as the render does (the server's residual pitch shift by resampling is left out).</summary>
    internal static string[] EspeakFor(VoiceSettings voice, IReadOnlyList<ChapterSegments> chapters)
    {
        var invocation = EspeakInvocationFor(voice, chapters);
        return ["-v", invocation.Voice, .. invocation.Arguments.SkipWhile(a => a != "-p")];
    }

    /// <summary>The espeak-ng run the local server derives for <paramref name="voice"/> (a system voice) in the book's language.</summary>
    internal static EspeakInvocation EspeakInvocationFor(VoiceSettings voice, IReadOnlyList<ChapterSegments> chapters)
    {
        var system = TtsModelCatalog.Find(voice.Model)?.SystemVoices.FirstOrDefault(v => v.Name == voice.Voice)
            ?? throw new InvalidOperationException($"the floor needs a system voice; {voice.Voice} is not one of {voice.Model}");
        var languageType = chapters.SelectMany(c => c.Segments).Select(s => s.LanguageType).FirstOrDefault() ?? "English";
        var language = LanguageRouter.EspeakLanguage(languageType, cantonese: false);
        return EspeakArguments.Build(EspeakVoiceMapper.ForSystemVoice(system), language, voice.SpeechRate, voice.PitchRate);
    }

    private static string[] Mp3Arguments(string wav, MasteringProfile profile, string[]? filter = null)
    {
        var mp3 = profile.Mp3;
        return [.. Head(wav), .. filter ?? [], "-ar", Invariant(mp3.SampleRate), "-c:a", "libmp3lame",
            .. mp3.ConstantBitrate ? new[] { "-b:a", Invariant(mp3.BitrateKbps) + "k" } : ["-q:a", "4"], Path.ChangeExtension(wav, ".mp3")];
    }

    private static string[] AacArguments(string wav, MasteringProfile profile, int workingRate, string[]? filter = null)
    {
        var aac = profile.Aac;
        return [.. Head(wav), .. filter ?? [], "-ar", Invariant(aac.SampleRate ?? workingRate), "-c:a", "aac", "-aac_coder", aac.Coder,
            "-b:a", Invariant(aac.BitrateKbps) + "k", Path.ChangeExtension(wav, ".m4a")];
    }

    private static string[] Head(string input) => ["-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-i", input];

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static async Task RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {program}");
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed: {await stderr.ConfigureAwait(false)}");
        }
    }
}
