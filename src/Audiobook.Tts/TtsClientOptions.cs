using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Audiobook.Core.Regions;

namespace Audiobook.Tts;

/// <summary>Where and how to reach Qwen TTS Realtime and the voice customization API, bound from the <see cref="Section"/>
/// configuration section (and the service's documented variables, <see cref="EnvironmentVariables"/>) and validated at start
/// by <see cref="TtsServiceCollectionExtensions.AddTtsClient"/>.</summary>
public sealed class TtsClientOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "Tts";

    /// <summary>The path of the realtime WebSocket endpoint on every DashScope host (§1.1).</summary>
    public const string RealtimePath = "/api-ws/v1/realtime";

    /// <summary>The path of the customization (voice clone/design) endpoint on every DashScope host (§7.1).</summary>
    public const string CustomizationPath = "/api/v1/services/audio/tts/customization";

    /// <summary>The documented environment variables and the configuration keys they set, lowest precedence first
    /// (the Java SDK's base-URL variable gives way to <c>DASHSCOPE_REALTIME_URL</c>).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> EnvironmentVariables { get; } =
    [
        new("DASHSCOPE_API_KEY", Section + ":" + nameof(ApiKey)),
        new("DASHSCOPE_REGION", Section + ":" + nameof(Region)),
        new("DASHSCOPE_WEBSOCKET_QWEN_TTS_REALTIME_BASE_URL", Section + ":" + nameof(BaseUrl)),
        new("DASHSCOPE_REALTIME_URL", Section + ":" + nameof(BaseUrl)),
        new("DASHSCOPE_CUSTOMIZATION_URL", Section + ":" + nameof(CustomizationUrl)),
        new("DASHSCOPE_WORKSPACE", Section + ":" + nameof(Workspace)),
    ];

    /// <summary>The DashScope API key (<c>DASHSCOPE_API_KEY</c>). Sent only as <c>Authorization: Bearer</c>; never logged.
    /// Empty means no real service is configured: the hosts then use the embedded local engine.</summary>
    public string? ApiKey { get; init; }

    /// <summary>True when <see cref="ApiKey"/> is set, so requests go to the configured service.</summary>
    public bool HasApiKey => !string.IsNullOrWhiteSpace(ApiKey);

    /// <summary>The region whose public endpoints are used when <see cref="BaseUrl"/> is not set (<c>DASHSCOPE_REGION</c>:
    /// any name <see cref="ServiceRegions.Parse"/> reads, e.g. beijing, cn, cn-beijing, singapore, intl, ap-southeast-1).</summary>
    public ServiceRegion Region { get; init; } = ServiceRegion.Beijing;

    /// <summary>The realtime WebSocket base URL without <c>?model=</c>; overrides <see cref="Region"/> (<c>DASHSCOPE_REALTIME_URL</c>,
    /// or the Java SDK's <c>DASHSCOPE_WEBSOCKET_QWEN_TTS_REALTIME_BASE_URL</c>). <c>http(s)</c> is accepted and mapped to <c>ws(s)</c>.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>The customization endpoint; when null it is derived from the host of <see cref="BaseUrl"/> or the region
    /// (<c>DASHSCOPE_CUSTOMIZATION_URL</c>).</summary>
    public Uri? CustomizationUrl { get; init; }

    /// <summary>The workspace id sent as <c>X-DashScope-WorkSpace</c> (<c>DASHSCOPE_WORKSPACE</c>).</summary>
    public string? Workspace { get; init; }

    /// <summary>Limit for the WebSocket handshake plus <c>session.created</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>While an operation waits for the server, this long without any server event fails it with a retryable
    /// <see cref="TtsException"/> (code <c>ResponseTimeout</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The realtime base URL in effect: <see cref="BaseUrl"/> (with http(s) mapped to ws(s)) or the region's endpoint.</summary>
    public Uri ResolveRealtimeBaseUrl()
    {
        if (BaseUrl is null)
        {
            return new Uri("wss://" + RegionHost(Region) + RealtimePath);
        }

        var builder = new UriBuilder(BaseUrl);
        builder.Scheme = builder.Scheme switch
        {
            "https" => "wss",
            "http" => "ws",
            _ => builder.Scheme,
        };
        if (BaseUrl.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri;
    }

    /// <summary>The WebSocket URL for <paramref name="model"/>: <c>&lt;base&gt;?model=&lt;model&gt;</c> (both SDKs append it the same way).</summary>
    public Uri RealtimeUrl(string model)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        var builder = new UriBuilder(ResolveRealtimeBaseUrl());
        var query = builder.Query.TrimStart('?');
        var modelParameter = "model=" + Uri.EscapeDataString(model);
        builder.Query = query.Length == 0 ? modelParameter : query + "&" + modelParameter;
        return builder.Uri;
    }

    /// <summary>The customization endpoint in effect: <see cref="CustomizationUrl"/>, else <c>http(s)://&lt;realtime host&gt;/api/v1/services/audio/tts/customization</c>.</summary>
    public Uri ResolveCustomizationUrl()
    {
        if (CustomizationUrl is not null)
        {
            return CustomizationUrl;
        }

        var realtime = ResolveRealtimeBaseUrl();
        var builder = new UriBuilder(realtime)
        {
            Scheme = string.Equals(realtime.Scheme, "ws", StringComparison.Ordinal) ? "http" : "https",
            Path = CustomizationPath,
            Query = "",
        };
        builder.Port = realtime.IsDefaultPort ? -1 : realtime.Port;
        return builder.Uri;
    }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is not null && (!BaseUrl.IsAbsoluteUri || !IsKnownScheme(BaseUrl.Scheme)))
        {
            yield return new ValidationResult(
                "must be an absolute ws://, wss://, http:// or https:// URL", [nameof(BaseUrl)]);
        }

        if (CustomizationUrl is not null
            && (!CustomizationUrl.IsAbsoluteUri || CustomizationUrl.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult("must be an absolute http:// or https:// URL", [nameof(CustomizationUrl)]);
        }

        if (!Enum.IsDefined(Region))
        {
            yield return new ValidationResult(
                string.Create(CultureInfo.InvariantCulture, $"must be beijing or singapore, not {(int)Region}"), [nameof(Region)]);
        }
    }

    private static bool IsKnownScheme(string scheme) => scheme is "ws" or "wss" or "http" or "https";

    private static string RegionHost(ServiceRegion region) => region switch
    {
        ServiceRegion.Singapore => "dashscope-intl.aliyuncs.com",
        _ => "dashscope.aliyuncs.com",
    };
}
