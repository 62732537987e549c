using System.Globalization;
using Audiobook.Rendering;

namespace Audiobook.Cli.Rendering;

/// <summary>The options <c>render</c> and <c>preview</c> share, parsed and checked.</summary>
internal sealed record RenderArguments(
    string BookPath,
    string Model,
    string? Voice,
    string Profile,
    OutputFormats Formats,
    IReadOnlySet<int>? Chapters,
    int Concurrency,
    int? RequestsPerMinute,
    string? Region,
    string CacheDirectory,
    string? LexiconPath,
    double SpeechRate,
    double PitchRate,
    int Volume,
    bool Force,
    bool Quiet)
{
    public const string DefaultModel = "qwen3-tts-flash-realtime";

    public static RenderArguments Parse(CliArguments args)
    {
        var book = args.Positional(0, "book path (an .epub, .md or .txt file)");
        var formats = ParseFormats(args.Get("format") ?? "m4b,mp3");
        var concurrency = args.GetInt("concurrency") ?? 4;
        if (concurrency is < 1 or > 64)
        {
            throw new CliException("--concurrency must be between 1 and 64");
        }

        var rpm = args.GetInt("rpm");
        if (rpm < 0)
        {
            throw new CliException("--rpm must be 0 (no client-side limit) or more");
        }

        return new RenderArguments(
            book,
            args.Get("model") ?? DefaultModel,
            args.Get("voice"),
            args.Get("profile") ?? "audiobook",
            formats,
            ParseChapters(args.Get("chapters")),
            concurrency,
            rpm,
            args.Get("region"),
            args.Get("cache") ?? DefaultCacheDirectory(),
            args.Get("lexicon"),
            ParseRange(args.Get("speech-rate"), "speech-rate", 1.0, 0.5, 2.0),
            ParseRange(args.Get("pitch-rate"), "pitch-rate", 1.0, 0.5, 2.0),
            (int)ParseRange(args.Get("volume"), "volume", 50, 0, 100),
            args.Has("force"),
            args.Has("quiet"));
    }

    private static OutputFormats ParseFormats(string text)
    {
        var formats = OutputFormats.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            formats |= part.ToUpperInvariant() switch
            {
                "M4B" => OutputFormats.M4b,
                "MP3" => OutputFormats.Mp3,
                _ => throw new CliException($"unknown format '{part}' (m4b, mp3)"),
            };
        }

        return formats == OutputFormats.None ? throw new CliException("--format needs m4b, mp3 or both") : formats;
    }

    private static HashSet<int>? ParseChapters(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var chapters = new HashSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-', 2);
            if (!int.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                || !int.TryParse(range.Length == 2 ? range[1] : range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
                || from < 1 || to < from)
            {
                throw new CliException($"--chapters takes numbers and ranges like 3,7 or 2-5, not '{part}'");
            }

            for (var n = from; n <= to; n++)
            {
                chapters.Add(n);
            }
        }

        return chapters;
    }

    private static double ParseRange(string? text, string name, double fallback, double min, double max)
    {
        if (text is null)
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new CliException($"--{name} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        }

        return value;
    }

    private static string DefaultCacheDirectory() =>
        Environment.GetEnvironmentVariable("AUDIOBOOK_CACHE")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "audiobook", "segments");
}
