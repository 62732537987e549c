using System.Collections;
using Microsoft.Extensions.Configuration;

namespace Audiobook.Rendering.Configuration;

/// <summary>The one configuration wiring every host uses (CLI, dashboard, worker): see docs/configuration.md.</summary>
public static class AudiobookConfigurationExtensions
{
    /// <summary>Adds the sources, lowest precedence first: built-in defaults (<c>Config:Directory</c>, <c>TtsServer:DataDirectory</c>),
    /// <c>appsettings.json</c> and <c>appsettings.{environment}.json</c> from the config folder, the documented variables
    /// (<c>DASHSCOPE_*</c>, <c>AUDIOBOOK_CACHE</c>, <c>AUDIOBOOK_CONFIG</c>, <c>AUDIOBOOK_ENGINE_DATA</c>), then
    /// <c>AUDIOBOOK__Section__Key</c> variables. A host adds its command-line overrides after this.</summary>
    /// <param name="builder">The host's configuration builder.</param>
    /// <param name="environmentName">The host environment (<c>Development</c>, <c>Production</c>...); null reads
    /// <c>DOTNET_ENVIRONMENT</c> and falls back to <c>Production</c>.</param>
    /// <param name="environmentVariables">The environment to read; null takes the process's (tests pass their own).</param>
    public static IConfigurationBuilder AddAudiobookConfiguration(
        this IConfigurationBuilder builder, string? environmentName = null, IDictionary? environmentVariables = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var variables = AudiobookEnvironment.Snapshot(environmentVariables ?? Environment.GetEnvironmentVariables());
        var configDirectory = variables.GetValueOrDefault("AUDIOBOOK_CONFIG") ?? Path.Combine(AppContext.BaseDirectory, "config");
        var environment = environmentName ?? variables.GetValueOrDefault("DOTNET_ENVIRONMENT") ?? "Production";
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        builder.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ConfigFolderOptions.Section + ":" + nameof(ConfigFolderOptions.Directory)] = configDirectory,
            [AudiobookEnvironment.EngineDataKey] = Path.Combine(data, "audiobook", "engine"),
        });
        foreach (var file in new[] { "appsettings.json", $"appsettings.{environment}.json" })
        {
            var path = Path.GetFullPath(Path.Combine(configDirectory, file));
            if (File.Exists(path))
            {
                builder.AddJsonFile(path, optional: false, reloadOnChange: false);
            }
        }

        builder.Add(new AudiobookEnvironmentSource(variables));
        return builder;
    }
}
