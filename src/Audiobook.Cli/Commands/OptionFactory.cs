using System.CommandLine;
using System.Globalization;
using Audiobook.Cli.Hosting;
using Audiobook.Core.Regions;
using Audiobook.Ingest;
using Audiobook.Media.Mastering;
using Audiobook.Rendering;
using Audiobook.Tts;

namespace Audiobook.Cli.Commands;

/// <summary>Creates the options verbs share, one instance per verb. An option that has a configuration key is bound to it
/// (<see cref="OptionBindings"/>): its default in help is the configured value, and its range is checked once, by the options
/// class, whether the value came from a file, the environment or the command line.</summary>
internal sealed class OptionFactory(CliDefaults defaults, OptionBindings bindings)
{
    private static string Rendering(string key) => RenderingOptions.Section + ":" + key;

    /// <summary>Adds what prices a book: model, region, concurrency and request rate.</summary>
    public void AddPricing(Command command)
    {
        command.Options.Add(Model());
        command.Options.Add(Region());
        command.Options.Add(Concurrency());
        command.Options.Add(RequestsPerMinute());
    }

    /// <summary>Adds what decides which parts of a book are read.</summary>
    public void AddBookReading(Command command)
    {
        command.Options.Add(IncludeFrontMatter());
        command.Options.Add(IncludeBackMatter());
    }

    /// <summary>Adds what shapes the audio: voice, its rates and volume, the mastering profile, and the segment cache.</summary>
    public void AddVoicing(Command command)
    {
        command.Options.Add(Voice());
        command.Options.Add(SpeechRate());
        command.Options.Add(PitchRate());
        command.Options.Add(Volume());
        command.Options.Add(Profile());
        command.Options.Add(Cache());
    }

    public static Argument<string> Book(string description = "the book: an .epub, .md or .txt file") => new("book") { Description = description };

    public Option<string> Model() => bindings.Bind(
        new Option<string>("--model") { Description = "TTS model (see 'audiobook voices')", HelpName = "name", DefaultValueFactory = _ => defaults.Rendering.Model },
        Rendering(nameof(RenderingOptions.Model)));

    public Option<string> Region()
    {
        var option = new Option<string>("--region") { Description = "DashScope region: beijing (cn) or singapore (intl); prices and endpoints", HelpName = "region", DefaultValueFactory = _ => defaults.Region };
        option.CompletionSources.Add([.. ServiceRegions.Names]);
        return bindings.Bind(option, TtsClientOptions.Section + ":" + nameof(TtsClientOptions.Region));
    }

    public Option<int> Concurrency() => bindings.Bind(
        new Option<int>("--concurrency") { Description = $"sessions synthesizing at once (1-{RenderingOptions.MaxConcurrency})", HelpName = "N", DefaultValueFactory = _ => defaults.Rendering.Concurrency },
        Rendering(nameof(RenderingOptions.Concurrency)));

    public Option<int?> RequestsPerMinute()
    {
        var option = new Option<int?>("--rpm") { Description = "client-side requests per minute; 0 = no limit [default: the model's documented RPM]", HelpName = "N" };
        if (defaults.Rendering.RequestsPerMinute is { } configured)
        {
            option.DefaultValueFactory = _ => configured;
        }

        return bindings.Bind(option, Rendering(nameof(RenderingOptions.RequestsPerMinute)));
    }

    public Option<string?> Voice()
    {
        var option = new Option<string?>("--voice") { Description = "voice name or cloned/designed voice id [default: the book's, else the model's first]", HelpName = "name" };
        if (defaults.Rendering.Voice is { } configured)
        {
            option.DefaultValueFactory = _ => configured;
        }

        return bindings.Bind(option, Rendering(nameof(RenderingOptions.Voice)));
    }

    public Option<string> Profile()
    {
        var option = new Option<string>("--profile") { Description = "mastering profile (config/profiles.json)", HelpName = "name", DefaultValueFactory = _ => defaults.Rendering.Profile };
        option.CompletionSources.Add([.. MasteringProfiles.Names]);
        return bindings.Bind(option, Rendering(nameof(RenderingOptions.Profile)));
    }

    public Option<string> Format()
    {
        var option = new Option<string>("--format") { Description = "deliverables: m4b, mp3, epub3 (read-along EPUB), comma-separated", HelpName = "m4b,mp3,epub3", DefaultValueFactory = _ => OutputFormatsConverter.Format(defaults.Rendering.Formats) };
        option.CompletionSources.Add("m4b,mp3", "m4b", "mp3", "epub3", "m4b,mp3,epub3");
        return bindings.Bind(option, Rendering(nameof(RenderingOptions.Formats)));
    }

    public Option<double> SpeechRate() => bindings.Bind(
        new Option<double>("--speech-rate") { Description = "speaking speed, 0.5-2.0", HelpName = "rate", DefaultValueFactory = _ => defaults.Rendering.SpeechRate },
        Rendering(nameof(RenderingOptions.SpeechRate)));

    public Option<double> PitchRate() => bindings.Bind(
        new Option<double>("--pitch-rate") { Description = "pitch, 0.5-2.0", HelpName = "rate", DefaultValueFactory = _ => defaults.Rendering.PitchRate },
        Rendering(nameof(RenderingOptions.PitchRate)));

    public Option<int> Volume() => bindings.Bind(
        new Option<int>("--volume") { Description = "loudness of the synthesized voice, 0-100", HelpName = "N", DefaultValueFactory = _ => defaults.Rendering.Volume },
        Rendering(nameof(RenderingOptions.Volume)));

    public Option<string> Cache() => bindings.Bind(
        new Option<string>("--cache") { Description = "segment cache folder, shared by every book (AUDIOBOOK_CACHE)", HelpName = "dir", DefaultValueFactory = _ => defaults.Rendering.CacheDirectory },
        Rendering(nameof(RenderingOptions.CacheDirectory)));

    public Option<bool> IncludeFrontMatter() => bindings.Bind(
        new Option<bool>("--include-front-matter") { Description = "keep title page, copyright, contents... as chapters", DefaultValueFactory = _ => defaults.Ingest.IncludeFrontMatter },
        IngestOptions.Section + ":" + nameof(IngestOptions.IncludeFrontMatter));

    public Option<bool> IncludeBackMatter() => bindings.Bind(
        new Option<bool>("--include-back-matter") { Description = "keep notes, acknowledgements, index... as chapters", DefaultValueFactory = _ => defaults.Ingest.IncludeBackMatter },
        IngestOptions.Section + ":" + nameof(IngestOptions.IncludeBackMatter));

    public static Option<string?> Lexicon() =>
        new("--lexicon") { Description = "pronunciation lexicon instead of config/lexicon.txt (docs/lexicon-format.md)", HelpName = "file" };

    public static Option<bool> Json() => new("--json") { Description = "print JSON instead of a table" };

    /// <summary>A publisher of the service, by slug or id.</summary>
    public static Option<string> Publisher(bool required) =>
        new("--publisher") { Description = "the publisher: its slug or id (see 'audiobook publisher list')", HelpName = "slug|id", Required = required };

    /// <summary>A render of the service, by id or unique prefix.</summary>
    public static Argument<string> Render() =>
        new("render") { Description = "the render: its id, or the first 8 or more hex digits of it (see 'audiobook status')" };

    public static Option<bool> Force() => new("--force") { Description = "synthesize the selected chapters again, ignoring the cache" };

    public static Option<bool> Quiet() => new("--quiet") { Description = "no progress line" };

    public static Option<IReadOnlySet<int>?> Chapters() => new("--chapters")
    {
        Description = "only these chapters (1-based), e.g. 3,7 or 2-5 [default: every chapter not up to date]",
        HelpName = "list",
        CustomParser = result => ParseChapters(result.Tokens[0].Value, result),
    };

    private static HashSet<int>? ParseChapters(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        var chapters = new HashSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-', 2);
            if (!int.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                || !int.TryParse(range.Length == 2 ? range[1] : range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
                || from < 1 || to < from || to - from > 100_000)
            {
                result.AddError($"--chapters takes numbers and ranges like 3,7 or 2-5, not '{part}'");
                return null;
            }

            for (var n = from; n <= to; n++)
            {
                chapters.Add(n);
            }
        }

        return chapters;
    }
}
