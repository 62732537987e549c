using System.Globalization;

namespace Audiobook.Media.Tests.TestSupport;

/// <summary>About a minute of real synthetic speech (espeak-ng), as 24 kHz mono s16le PCM, made once per run.</summary>
internal static class SpeechFixture
{
    public const int Rate = 24000;

    private const string Text =
        "It was a bright cold day in April, and the clocks were striking thirteen. The hallway smelt of boiled cabbage and old rag mats. " +
        "At one end of it a coloured poster, too large for indoor display, had been tacked to the wall. It depicted simply an enormous face, " +
        "more than a metre wide: the face of a man of about forty-five, with a heavy black moustache and ruggedly handsome features. " +
        "Winston made for the stairs. It was no use trying the lift. Even at the best of times it was seldom working, and at present the " +
        "electric current was cut off during daylight hours. It was part of the economy drive in preparation for Hate Week. The flat was " +
        "seven flights up, and Winston, who was thirty-nine and had a varicose ulcer above his right ankle, went slowly, resting several " +
        "times on the way. On each landing, opposite the lift-shaft, the poster with the enormous face gazed from the wall. It was one of " +
        "those pictures which are so contrived that the eyes follow you about when you move. Outside, even through the shut window-pane, " +
        "the world looked cold. Down in the street little eddies of wind were whirling dust and torn paper into spirals, and though the sun " +
        "was shining and the sky a harsh blue, there seemed to be no colour in anything, except the posters that were plastered everywhere.";

    private static readonly Lazy<Task<string>> Path = new(CreateAsync);

    /// <summary>Path of the PCM file (shared by every test; do not modify).</summary>
    public static Task<string> PcmPathAsync() => Path.Value;

    private static async Task<string> CreateAsync()
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "audiobook-media-tests", "speech-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        var wav = System.IO.Path.Combine(directory, "speech.wav");
        var pcm = System.IO.Path.Combine(directory, "speech.pcm");
        await Tools.RunAsync("espeak-ng", "-v", "en", "-s", "160", "-w", wav, Text);
        await Tools.RunAsync("ffmpeg", "-nostdin", "-v", "error", "-i", wav, "-f", "s16le", "-ac", "1", "-ar", "24000", "-y", pcm);
        return pcm;
    }
}
