using System.Text;
using Audiobook.Tts.Catalog;
using Audiobook.TtsServer.Synthesis;

namespace Audiobook.TtsServer.Tests.Synthesis;

/// <summary>espeak-ng inside the server (libespeak-ng) sounds exactly like the <c>espeak-ng</c> command it replaces, whatever ran before
/// it in the process, and stops when cancelled.</summary>
public sealed class EspeakLibraryTests
{
    private const string English = "The quick brown fox jumps over the lazy dog. “Why,” said the Hatter, “it's four o'clock!”";

    // Longer than espeak-ng's 999-byte line, with line feeds: the command synthesizes such stdin piece by piece.
    private static readonly string LongText = string.Concat(Enumerable.Repeat("Alice was beginning to get very tired of sitting by her sister on the bank. ", 20)) + "\nA new line.\nAnd one more";

    private static readonly EspeakLibrary Library = EspeakLibrary.TryOpen("libespeak-ng.so.1")
        ?? throw new InvalidOperationException("libespeak-ng.so.1 (Debian libespeak-ng1) must be installed with espeak-ng");

    public static TheoryData<string, string, string, string> Voices() => new()
    {
        { "Ethan", "English", "en-us", English },
        { "Cherry", "English", "en-us", LongText },
        { "Rocky", "Chinese", "yue", "今天天气很好，我们去喝茶。" },
        { "Serena", "Chinese", "cmn", "今天天气很好，我们去喝茶。" },
        { "Katerina", "German", "de", "Guten Morgen, wie geht es dir heute?" },
        { "Elias", "French", "fr", "Bonjour, comment allez-vous aujourd'hui ?" },
        { "Ethan", "Japanese", "ja", "こんにちは、今日はいい天気ですね。" },
        { "Cherry", "Russian", "ru", "Доброе утро, как у вас дела?" },
    };

    [Theory]
    [MemberData(nameof(Voices))]
    public async Task SpeakAsync_AfterOtherSyntheses_SameSamplesAsTheCommand(string voiceName, string languageType, string language, string text)
    {
        var invocation = EspeakArguments.Build(Voice(voiceName), language, 1, 1);
        await SpeakAsync(EspeakArguments.Build(Voice("Dylan"), "en-us", 1.3, 0.8), LongText);

        var inProcess = await SpeakAsync(invocation, text);
        var command = await CommandAsync(invocation, text);

        Assert.Equal(LanguageRouter.EspeakLanguage(languageType, Voice(voiceName).Cantonese), language);
        Assert.True(inProcess.Length > 22050 / 2, $"{inProcess.Length} samples");
        Assert.Equal(command, inProcess);
    }

    [Fact]
    public async Task SpeakAsync_CancelledMidway_StopsAndTheNextSynthesisIsUnchanged()
    {
        var invocation = EspeakArguments.Build(Voice("Cherry"), "en-us", 1, 1);
        var expected = await SpeakAsync(invocation, English);
        using var cancel = new CancellationTokenSource();
        var received = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var samples in Library.SpeakAsync(invocation, string.Concat(Enumerable.Repeat(LongText, 50)), cancel.Token))
            {
                received += samples.Length;
                await cancel.CancelAsync();
            }
        });

        Assert.InRange(received, 1, 22050);
        Assert.Equal(expected, await SpeakAsync(invocation, English));
    }

    [Fact]
    public void Lines_LongTextWithLineFeeds_CutLikeFgets()
    {
        var lines = EspeakLibrary.Lines("ab\ncd" + new string('x', 1200)).Select(l => Encoding.UTF8.GetString(l.AsSpan(0, l.Length - 1))).ToList();

        Assert.Equal(["ab\n", "cd" + new string('x', 997), new string('x', 203)], lines);
        Assert.All(EspeakLibrary.Lines("ab"), l => Assert.Equal(0, l[^1]));
    }

    private static EspeakVoice Voice(string name) => EspeakVoiceMapper.ForSystemVoice(TtsModelCatalog.FindVoice(name)!);

    private static async Task<short[]> SpeakAsync(EspeakInvocation invocation, string text)
    {
        var samples = new List<short>();
        await foreach (var chunk in Library.SpeakAsync(invocation, text, CancellationToken.None))
        {
            samples.AddRange(chunk);
        }

        return [.. samples];
    }

    private static async Task<short[]> CommandAsync(EspeakInvocation invocation, string text)
    {
        var info = new System.Diagnostics.ProcessStartInfo("espeak-ng") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in invocation.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        var output = new MemoryStream();
        var reading = process.StandardOutput.BaseStream.CopyToAsync(output);
        await process.StandardInput.BaseStream.WriteAsync(Encoding.UTF8.GetBytes(text));
        process.StandardInput.Close();
        await reading;
        await process.WaitForExitAsync();
        return Audiobook.TtsServer.Dsp.Pcm16.ToSamples(output.ToArray().AsSpan(44));
    }
}
