using System.Collections;
using Audiobook.Tts;
using Microsoft.Extensions.Configuration;

namespace Audiobook.Rendering.Configuration;

/// <summary>Which environment variables set which configuration keys: the documented names, and the <c>AUDIOBOOK__</c> prefix.</summary>
public static class AudiobookEnvironment
{
    /// <summary>The prefix of structured variables: <c>AUDIOBOOK__Encoder__MaxConcurrentProcesses</c> sets <c>Encoder:MaxConcurrentProcesses</c>.</summary>
    public const string Prefix = "AUDIOBOOK__";

    /// <summary>Where the embedded engine keeps cloned and designed voices (the local server's <c>TtsServer</c> section).</summary>
    public const string EngineDataKey = "TtsServer:DataDirectory";

    /// <summary>Documented single names and the keys they set, lowest precedence first; <c>AUDIOBOOK__</c> variables win over them.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Aliases { get; } =
    [
        .. TtsClientOptions.EnvironmentVariables,
        new("AUDIOBOOK_CACHE", RenderingOptions.Section + ":" + nameof(RenderingOptions.CacheDirectory)),
        new("AUDIOBOOK_CONFIG", ConfigFolderOptions.Section + ":" + nameof(ConfigFolderOptions.Directory)),
        new("AUDIOBOOK_ENGINE_DATA", EngineDataKey),
    ];

    /// <summary>The configuration keys and values the variables in <paramref name="variables"/> set (blank values set nothing).</summary>
    public static Dictionary<string, string?> ToConfiguration(IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, key) in Aliases)
        {
            if (variables.TryGetValue(name, out var value))
            {
                data[key] = value;
            }
        }

        // The same rule as AddEnvironmentVariables(prefix), applied here so that one snapshot (the process's or a test's) feeds both.
        foreach (var (name, value) in variables)
        {
            if (name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                data[name[Prefix.Length..].Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)] = value;
            }
        }

        return data;
    }

    /// <summary>Copies an environment block, dropping blank values (an exported but empty variable means "not set").</summary>
    internal static Dictionary<string, string> Snapshot(IDictionary variables)
    {
        var snapshot = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in variables)
        {
            if (entry.Key is string name && entry.Value is string value && !string.IsNullOrWhiteSpace(value))
            {
                snapshot[name] = value.Trim();
            }
        }

        return snapshot;
    }
}
