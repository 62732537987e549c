using Audiobook.Jobs.Execution;
using Audiobook.Jobs.Jobs;
using Audiobook.Jobs.Nightly;
using Audiobook.Jobs.Submissions;
using Audiobook.Ingest;
using Audiobook.Media.Encoding;
using Audiobook.Rendering;
using Audiobook.Tts;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Audiobook.Jobs.Hosting;

/// <summary>Wires the render service into a host: <see cref="AddAudiobookJobClient"/> for hosts that only submit and
/// read (the CLI's operator verbs, the dashboard), <see cref="AddAudiobookWorker"/> for a process that runs jobs.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>State, Hangfire's storage (enqueue only), and the submission services.</summary>
    public static IServiceCollection AddAudiobookJobClient(this IServiceCollection services)
    {
        services.AddAudiobookState();
        services.AddRendering().AddBookIngest();
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Hangfire's AddHangfire would hand out the process-wide JobStorage.Current and JobActivator.Current; registering
        // this host's own first keeps two hosts in one process (tests) from sharing storage or resolving each other's jobs.
        services.AddSingleton<JobStorage>(sp =>
        {
            var options = StorageOptions(sp.GetRequiredService<IOptions<JobsOptions>>().Value);
            var connections = new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Audiobook!, options);
            return new PostgreSqlStorage(connections, options);
        });
        services.AddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, configuration) =>
        {
            HangfireLogBridge.Instance.Attach(sp.GetRequiredService<ILoggerFactory>(), sp.GetService<IHostApplicationLifetime>());
            configuration
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseLogProvider(HangfireLogBridge.Instance);
        });
        services.AddScoped<JobScheduler>();
        services.AddScoped<BookImporter>();
        services.AddScoped<RenderSubmitter>();
        services.AddSingleton<PriceLookup>();
        services.AddScoped<RenderCommands>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<NightlyBatch>();
        services.AddScoped<Accounts.PublisherDirectory>();
        services.AddScoped<Accounts.ApiTokens>();
        services.AddScoped<Accounts.UserDirectory>();
        services.AddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<State.User>, Microsoft.AspNetCore.Identity.PasswordHasher<State.User>>();
        return services;
    }

    /// <summary>Everything <see cref="AddAudiobookJobClient"/> has, plus the jobs, their execution services and a
    /// Hangfire server on the service's queues.</summary>
    public static IServiceCollection AddAudiobookWorker(this IServiceCollection services)
    {
        services.AddAudiobookJobClient();
        services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddTtsClient().AddMediaEncoding();
        services.AddSingleton<WorkerIdentity>();
        services.AddSingleton<PreparedBooks>();
        services.AddSingleton<RenderSettingsFactory>();
        services.AddSingleton<SynthesizerRegistry>();
        services.AddScoped<PlanRenderJob>();
        services.AddScoped<RenderChapterJob>();
        services.AddScoped<AssembleBookJob>();
        services.AddScoped<SweeperJob>();
        services.AddScoped<NightlyBatchJob>();
        services.AddHangfireServer((sp, server) =>
        {
            var worker = sp.GetRequiredService<IOptions<WorkerOptions>>().Value;
            var jobs = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
            server.ServerName = sp.GetRequiredService<WorkerIdentity>().Name;
            server.WorkerCount = worker.Workers;
            server.Queues = [.. JobQueues.All];
            server.ShutdownTimeout = worker.ShutdownTimeout;
            server.StopTimeout = worker.StopTimeout;
            server.CancellationCheckInterval = TimeSpan.FromSeconds(1);
            server.SchedulePollingInterval = jobs.SchedulePollInterval;
        });
        // The schema check runs first: a worker against an unmigrated database stops at start with one line.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, SchemaCheck>());
        services.AddHostedService<RecurringJobsRegistration>();
        // The host must wait longer than Hangfire does, or running chapters are cut off (Hangfire #2026).
        services.AddOptions<Microsoft.Extensions.Hosting.HostOptions>()
            .Configure<IOptions<WorkerOptions>>((host, worker) => host.ShutdownTimeout = worker.Value.ShutdownTimeout + TimeSpan.FromSeconds(15));
        return services;
    }

    private static PostgreSqlStorageOptions StorageOptions(JobsOptions jobs) => new()
    {
        SchemaName = jobs.HangfireSchema,
        // The schema is installed by `audiobook migrate`, never raced by hosts at start (engineering notes §2).
        PrepareSchemaIfNecessary = false,
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = jobs.InvisibilityTimeout,
        QueuePollInterval = jobs.QueuePollInterval,
        DistributedLockTimeout = TimeSpan.FromMinutes(1),
    };
}
