using System.Reflection;
using System.Runtime.InteropServices;

namespace Audiobook.Tts.Realtime;

/// <summary>The <c>user-agent</c> header, shaped like the SDKs' (<c>dashscope/&lt;ver&gt;; python/&lt;ver&gt;; platform/...</c>, §1.2).</summary>
internal static class UserAgent
{
    public static string Value { get; } = Build();

    private static string Build()
    {
        var assembly = typeof(UserAgent).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            version = version[..plus];
        }

        return $"audiobook-pipeline/{version}; dotnet/{Environment.Version}; platform/{RuntimeInformation.RuntimeIdentifier}";
    }
}
