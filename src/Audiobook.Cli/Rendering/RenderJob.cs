using Audiobook.Cli.Commands;
using Audiobook.Cli.Engine;
using Audiobook.Cli.Estimation;
using Audiobook.Core.Voices;
using Audiobook.Media.Encoding;
using Audiobook.Media.Mastering;
using Audiobook.Rendering;
using Audiobook.Rendering.Configuration;
using Audiobook.Rendering.Synthesis;
using Audiobook.Tts;
using Audiobook.Tts.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Cli.Rendering;

/// <summary>A render ready to run: the prepared book, a checked voice and profile, and the price per character.
/// Everything that can be wrong with the request is found here, before any money is spent.</summary>
internal sealed record RenderJob(RenderRequest Request, RenderingOptions Options, PreparedBook Book, VoiceSettings Voice, MasteringProfile Profile, PriceQuote Price)
{
    public static async Task<RenderJob> PrepareAsync(RenderRequest request, CliContext context, CancellationToken cancellationToken)
    {
        var options = context.Options<RenderingOptions>();
        var model = TtsModelCatalog.Find(options.Model) ?? throw new CliException(
            $"unknown model '{options.Model}' (known: {string.Join(", ", TtsModelCatalog.Models.Where(m => m.Api == TtsApi.Realtime && !m.IsLegacy).Select(m => m.Name))})");
        if (model.Api != TtsApi.Realtime)
        {
            throw new CliException($"model '{options.Model}' is not a realtime TTS model");
        }

        // RenderingOptions validated the name at start.
        var profile = MasteringProfiles.Get(options.Profile);
        var book = await PreparedBook.LoadAsync(request.BookPath, request.LexiconPath, context, cancellationToken).ConfigureAwait(false);
        var voiceName = options.Voice ?? book.Book.Metadata.Voice ?? (model.SystemVoices.Count > 0 ? model.SystemVoices[0].Name : null)
            ?? throw new CliException($"model '{model.Name}' has no system voices: pass --voice with a cloned or designed voice id");
        if (model.VoiceKind == VoiceKind.System && !TtsModelCatalog.IsSystemVoice(model.Name, voiceName))
        {
            throw new CliException($"unknown voice '{voiceName}' for model {model.Name} (see 'audiobook voices --model {model.Name}')");
        }

        var chapterCount = book.Chapters.Count(c => c.Segments.Count > 0);
        if (request.Chapters?.FirstOrDefault(n => n > chapterCount) is { } missing and > 0)
        {
            throw new CliException($"chapter {missing} does not exist: the book has {chapterCount} chapters (see 'audiobook inspect')");
        }

        var voice = new VoiceSettings(model.Name, voiceName, options.SpeechRate, options.PitchRate, options.Volume);
        var price = PriceQuote.For(model.Name, context.Options<TtsClientOptions>().Region, PriceTableFile.Load(context.Options<ConfigFolderOptions>()));
        var billed = book.Chapters.Sum(c => c.BilledCharacters);
        await context.Console.Error.WriteLineAsync(
            $"{chapterCount} chapters, {book.Chapters.Sum(c => c.Segments.Count)} segments, {billed} billed characters ≈ {price.Format(billed)} before cache hits").ConfigureAwait(false);
        return new RenderJob(request, options, book, voice, profile, price);
    }

    public async Task<RenderResult> RunAsync(TtsEngine engine, string outputDirectory, CliContext context, OutputFormats? formats, CancellationToken cancellationToken)
    {
        var time = context.Time;
        var rpm = Options.RequestsPerMinute ?? TtsModelCatalog.RequestsPerMinute(Voice.Model);
        using var limiter = rpm > 0 ? new TokenBucketRateLimiter(rpm, time) : null;
        var factory = context.Services.GetRequiredService<RealtimeSynthesizerFactory>();
        await using var synthesizer = factory.Create(engine.Client, Voice, Options.Concurrency, Options.SampleRate, (IRequestRateLimiter?)limiter ?? UnlimitedRateLimiter.Instance);
        var renderer = new BookRenderer(synthesizer, context.Services.GetRequiredService<AudioEncoder>(), time);
        var settings = new RenderSettings
        {
            Voice = Voice,
            Profile = Profile,
            OutputDirectory = outputDirectory,
            CacheDirectory = Options.CacheDirectory,
            Formats = formats ?? Options.Formats,
            Pauses = Options.Pauses,
            SampleRate = Options.SampleRate,
            Chapters = Request.Chapters,
            Concurrency = Options.Concurrency,
            Force = Request.Force,
            PricePer10kCharacters = Price.PerTenThousandCharacters,
            Currency = Price.Currency,
        };
        await using var display = new LiveProgress(context.Console.Error, Request.Quiet, time);
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
