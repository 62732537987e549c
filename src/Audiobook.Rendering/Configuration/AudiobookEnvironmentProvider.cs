using Microsoft.Extensions.Configuration;

namespace Audiobook.Rendering.Configuration;

/// <summary>Serves the keys <see cref="AudiobookEnvironment.ToConfiguration"/> maps from the snapshot.</summary>
internal sealed class AudiobookEnvironmentProvider(IReadOnlyDictionary<string, string> variables) : ConfigurationProvider
{
    public override void Load() => Data = AudiobookEnvironment.ToConfiguration(variables);
}
