using Audiobook.Core.Voices;
using Audiobook.Jobs.Hosting;
using Audiobook.Jobs.Storage;
using Audiobook.Media.Mastering;
using Audiobook.Rendering;
using Microsoft.Extensions.Options;

namespace Audiobook.Jobs.Execution;

/// <summary>Turns a render row into the <see cref="RenderSettings"/> the Rendering code takes: the same settings for
/// every job of the render, so each chapter's hash and audio equal those of a local <c>audiobook render</c>.</summary>
public sealed class RenderSettingsFactory(IOutputStore store, IOptions<RenderingOptions> rendering, IOptions<WorkerOptions> worker)
{
    public RenderSettings Create(State.Render render, IReadOnlySet<int>? chapters = null)
    {
        ArgumentNullException.ThrowIfNull(render);
        return new RenderSettings
        {
            Voice = VoiceOf(render),
            Profile = ProfileOf(render.Profile),
            OutputDirectory = store.PathOf(render.OutputKey),
            CacheDirectory = rendering.Value.CacheDirectory,
            SampleRate = rendering.Value.SampleRate,
            Pauses = rendering.Value.Pauses,
            Formats = FormatsOf(render.Formats),
            Chapters = chapters,
            Concurrency = worker.Value.Sessions,
            PricePer10kCharacters = render.PricePerTenThousand,
            Currency = render.Currency,
        };
    }

    public static VoiceSettings VoiceOf(State.Render render)
    {
        ArgumentNullException.ThrowIfNull(render);
        return new VoiceSettings(render.Model, render.Voice, render.SpeechRate, render.PitchRate, render.Volume, render.Instructions);
    }

    /// <summary>The named mastering profile; <see cref="PermanentRenderException"/> when there is none.</summary>
    public static MasteringProfile ProfileOf(string name) =>
        MasteringProfiles.All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new PermanentRenderException($"unknown profile '{name}' (known: {string.Join(", ", MasteringProfiles.Names)})");

    /// <summary>Parses <c>m4b,mp3,epub3</c> with the one parser the CLI and configuration use;
    /// <see cref="PermanentRenderException"/> on anything else.</summary>
    public static OutputFormats FormatsOf(string text)
    {
        try
        {
            return OutputFormatsConverter.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new PermanentRenderException(ex.Message, ex);
        }
    }
}
