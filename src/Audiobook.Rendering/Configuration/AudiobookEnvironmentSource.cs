using Microsoft.Extensions.Configuration;

namespace Audiobook.Rendering.Configuration;

/// <summary>Configuration from one snapshot of environment variables, mapped by <see cref="AudiobookEnvironment"/>.</summary>
internal sealed class AudiobookEnvironmentSource(IReadOnlyDictionary<string, string> variables) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new AudiobookEnvironmentProvider(variables);
}
