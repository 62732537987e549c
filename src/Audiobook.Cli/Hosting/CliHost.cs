using System.Collections;
using Audiobook.Rendering.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Audiobook.Cli.Hosting;

/// <summary>The small host a verb runs in: the configuration (files, environment, then the options typed on the command line)
/// and the service container, built once and validated before the verb starts.</summary>
internal sealed class CliHost(ServiceProvider services, IConfigurationRoot configuration) : IAsyncDisposable
{
    public IServiceProvider Services => services;

    public IConfiguration Configuration => configuration;

    /// <summary>Builds and validates the host.</summary>
    /// <exception cref="CliException">A configuration value is malformed or out of range (exit code 2; the message names the key).</exception>
    /// <param name="environment">The environment variables; null reads the process's.</param>
    /// <param name="overrides">The configuration keys the command line sets.</param>
    /// <param name="optionNames">The option that set each overridden key, for error messages.</param>
    /// <param name="service">Also wire the render service (database, job queue): the operator verbs need it, the local ones do not.</param>
    public static async Task<CliHost> StartAsync(IDictionary? environment, IReadOnlyDictionary<string, string?> overrides, IReadOnlyDictionary<string, string> optionNames, bool service)
    {
        var configuration = new ConfigurationBuilder()
            .AddAudiobookConfiguration(environmentVariables: environment)
            .AddInMemoryCollection(overrides)
            .Build();
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddAudiobookCli(service);
        var services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException or AggregateException)
        {
            await services.DisposeAsync().ConfigureAwait(false);
            throw new CliException(ConfigurationErrors.OneLine(ex, configuration, optionNames));
        }

        return new CliHost(services, configuration);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
