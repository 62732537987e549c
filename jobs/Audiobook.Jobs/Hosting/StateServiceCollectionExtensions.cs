using Audiobook.Jobs.Ledger;
using Audiobook.Jobs.State;
using Audiobook.Jobs.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Audiobook.Jobs.Hosting;

/// <summary>Wires the service's PostgreSQL state and output store into a host (CLI, dashboard, worker).</summary>
public static class StateServiceCollectionExtensions
{
    public static IServiceCollection AddAudiobookState(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<NightlyOptions>().BindConfiguration(NightlyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Audiobook!));
        services.AddDbContext<AudiobookDbContext>((sp, options) => options
            .UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>())
            .UseSnakeCaseNamingConvention());
        services.AddSingleton<IOutputStore, DirectoryOutputStore>();
        services.AddSingleton<ChapterLedger>();
        services.AddSingleton<RenderLedger>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
