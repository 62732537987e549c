using Audiobook.Cli.Engine;
using Audiobook.Core.Costs;
using Audiobook.Core.Voices;
using Audiobook.Ingest;
using Audiobook.Media.Encoding;
using Audiobook.Media.Mastering;
using Audiobook.Rendering;
using Audiobook.Rendering.Synthesis;
using Audiobook.Tts.Catalog;

namespace Audiobook.Cli.Rendering;

/// <summary>A render ready to run: the prepared book, a checked voice and profile, and the price per character.
/// Everything that can be wrong with the request is found here, before any money is spent.</summary>
internal sealed record RenderJob(RenderArguments Options, PreparedBook Book, VoiceSettings Voice, MasteringProfile Profile, PriceQuote Price)
{
    public static async Task<RenderJob> PrepareAsync(RenderArguments options, bool includeFront, bool includeBack, CliConsole console, CancellationToken cancellationToken)
    {
        var model = TtsModelCatalog.Find(options.Model) ?? throw new CliException(
            $"unknown model '{options.Model}' (known: {string.Join(", ", TtsModelCatalog.Models.Where(m => m.Api == TtsApi.Realtime && !m.IsLegacy).Select(m => m.Name))})");
        if (model.Api != TtsApi.Realtime)
        {
            throw new CliException($"model '{options.Model}' is not a realtime TTS model");
        }

        var profile = MasteringProfiles.All.FirstOrDefault(p => string.Equals(p.Name, options.Profile, StringComparison.OrdinalIgnoreCase))
            ?? throw new CliException($"unknown profile '{options.Profile}' (known: {string.Join(", ", MasteringProfiles.Names)})");

        var ingest = IngestOptions.Default with { IncludeFrontMatter = includeFront, IncludeBackMatter = includeBack };
        var book = await PreparedBook.LoadAsync(options.BookPath, options.LexiconPath, ingest, cancellationToken).ConfigureAwait(false);
        var voiceName = options.Voice ?? book.Book.Metadata.Voice ?? (model.SystemVoices.Count > 0 ? model.SystemVoices[0].Name : null)
            ?? throw new CliException($"model '{model.Name}' has no system voices: pass --voice with a cloned or designed voice id");
        if (model.VoiceKind == VoiceKind.System && !TtsModelCatalog.IsSystemVoice(model.Name, voiceName))
        {
            throw new CliException($"unknown voice '{voiceName}' for model {model.Name} (see 'audiobook voices --model {model.Name}')");
        }

        var chapterCount = book.Chapters.Count(c => c.Segments.Count > 0);
        if (options.Chapters?.FirstOrDefault(n => n > chapterCount) is { } missing and > 0)
        {
            throw new CliException($"chapter {missing} does not exist: the book has {chapterCount} chapters (see 'audiobook inspect')");
        }

        var voice = new VoiceSettings(model.Name, voiceName, options.SpeechRate, options.PitchRate, options.Volume);
        var price = PriceQuote.For(model.Name, options.Region);
        await console.Error.WriteLineAsync(
            $"{book.Chapters.Count(c => c.Segments.Count > 0)} chapters, {book.Chapters.Sum(c => c.Segments.Count)} segments, "
            + $"{book.Chapters.Sum(c => c.BilledCharacters)} billed characters ≈ {price.Format(book.Chapters.Sum(c => c.BilledCharacters))} before cache hits").ConfigureAwait(false);
        return new RenderJob(options, book, voice, profile, price);
    }

    public async Task<RenderResult> RunAsync(TtsEngine engine, string outputDirectory, TimeProvider time, CliConsole console, CancellationToken cancellationToken)
    {
        var rpm = Options.RequestsPerMinute ?? TtsModelCatalog.RequestsPerMinute(Voice.Model);
        using var limiter = rpm > 0 ? new TokenBucketRateLimiter(rpm, time) : null;
        var poolOptions = new SessionPoolOptions { Client = engine.Client, Voice = Voice, MaxSessions = Options.Concurrency };
        await using var synthesizer = new RealtimeSegmentSynthesizer(poolOptions, (IRequestRateLimiter?)limiter ?? UnlimitedRateLimiter.Instance, RetryPolicy.Default, time);
        await using var encoder = new AudioEncoder(new EncoderOptions());
        var renderer = new BookRenderer(synthesizer, encoder, time);
        var settings = new RenderSettings
        {
            Voice = Voice,
            Profile = Profile,
            OutputDirectory = outputDirectory,
            CacheDirectory = Options.CacheDirectory,
            Formats = Options.Formats,
            Chapters = Options.Chapters,
            Concurrency = Options.Concurrency,
            Force = Options.Force,
            PricePer10kCharacters = Price.PerTenThousandCharacters,
            Currency = Price.Currency,
        };
        await using var display = new LiveProgress(console.Error, Options.Quiet, time);
        try
        {
            return await renderer.RenderAsync(Book.Book, Book.Chapters, settings, display, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await display.DisposeAsync().ConfigureAwait(false);
        }
    }
}
