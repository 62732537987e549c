using Audiobook.Ingest;
using Audiobook.Rendering;
using Audiobook.Tts;
using Microsoft.Extensions.Configuration;

namespace Audiobook.Cli.Hosting;

/// <summary>The configured values shown as defaults in <c>--help</c>. Read leniently: a bad value falls back to the built-in
/// default here and is reported, with its key, when a verb starts.</summary>
internal sealed record CliDefaults(RenderingOptions Rendering, IngestOptions Ingest, string Region)
{
    public static CliDefaults Read(IConfiguration configuration) => new(
        Lenient(() => configuration.GetSection(RenderingOptions.Section).Get<RenderingOptions>()) ?? new RenderingOptions(),
        Lenient(() => configuration.GetSection(IngestOptions.Section).Get<IngestOptions>()) ?? new IngestOptions(),
        configuration[TtsClientOptions.Section + ":" + nameof(TtsClientOptions.Region)] ?? "beijing");

    private static T? Lenient<T>(Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
