using Audiobook.Ingest;
using Audiobook.Jobs.Hosting;
using Audiobook.Jobs.Queries;
using Audiobook.Media.Encoding;
using Audiobook.Rendering;
using Audiobook.Tts;
using Audiobook.TtsServer;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Cli.Hosting;

/// <summary>Everything the verbs use, each part registered by the project that owns it.</summary>
internal static class CliServiceCollectionExtensions
{
    public static IServiceCollection AddAudiobookCli(this IServiceCollection services, bool service)
    {
        if (service)
        {
            // The operator verbs: the service's state and job queue (ConnectionStrings:Audiobook is then required).
            services.AddAudiobookJobClient();
            services.AddAudiobookQueries();
            services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
            services.AddLogging();
        }

        services.AddTtsClient().AddMediaEncoding().AddRendering().AddBookIngest();
        // The embedded engine is the local server in-process: its TtsServer section is checked like every other.
        services.AddOptions<LocalTtsServerOptions>().BindConfiguration(LocalTtsServerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
