using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Audiobook.Tts;

/// <summary>Where and how to reach Qwen TTS Realtime and the voice customization API. Bind from the <see cref="Section"/>
/// configuration section or build with <see cref="FromEnvironment"/>; validate with data annotations at start.</summary>
public sealed class TtsClientOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "Tts";

    /// <summary>The path of the realtime WebSocket endpoint on every DashScope host (§1.1).</summary>
    public const string RealtimePath = "/api-ws/v1/realtime";

    /// <summary>The path of the customization (voice clone/design) endpoint on every DashScope host (§7.1).</summary>
    public const string CustomizationPath = "/api/v1/services/audio/tts/customization";

    /// <summary>The DashScope API key (<c>DASHSCOPE_API_KEY</c>). Sent only as <c>Authorization: Bearer</c>; never logged.</summary>
    [Required]
    public string? ApiKey { get; init; }

    /// <summary>The region whose public endpoints are used when <see cref="BaseUrl"/> is not set (<c>DASHSCOPE_REGION</c>).</summary>
    public TtsRegion Region { get; init; } = TtsRegion.Beijing;

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

    /// <summary>Reads <c>DASHSCOPE_API_KEY</c>, <c>DASHSCOPE_REGION</c> (beijing|singapore|cn|intl), <c>DASHSCOPE_REALTIME_URL</c>
    /// (or <c>DASHSCOPE_WEBSOCKET_QWEN_TTS_REALTIME_BASE_URL</c>), <c>DASHSCOPE_CUSTOMIZATION_URL</c> and <c>DASHSCOPE_WORKSPACE</c>
    /// from <paramref name="env"/>, or from the process environment when it is null.</summary>
    /// <exception cref="ArgumentException">A variable holds a value that is not a known region or an absolute URL.</exception>
    public static TtsClientOptions FromEnvironment(IReadOnlyDictionary<string, string?>? env = null)
    {
        string? Get(string name)
        {
            var value = env is null ? Environment.GetEnvironmentVariable(name) : env.GetValueOrDefault(name);
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        return new TtsClientOptions
        {
            ApiKey = Get("DASHSCOPE_API_KEY"),
            Region = Get("DASHSCOPE_REGION") is { } region ? ParseRegion(region) : TtsRegion.Beijing,
            BaseUrl = ParseUrl("DASHSCOPE_REALTIME_URL", Get("DASHSCOPE_REALTIME_URL"))
                ?? ParseUrl("DASHSCOPE_WEBSOCKET_QWEN_TTS_REALTIME_BASE_URL", Get("DASHSCOPE_WEBSOCKET_QWEN_TTS_REALTIME_BASE_URL")),
            CustomizationUrl = ParseUrl("DASHSCOPE_CUSTOMIZATION_URL", Get("DASHSCOPE_CUSTOMIZATION_URL")),
            Workspace = Get("DASHSCOPE_WORKSPACE"),
        };
    }

    /// <summary>Parses a region name: <c>beijing</c>, <c>cn</c>, <c>cn-beijing</c>, <c>china</c>, <c>singapore</c>, <c>intl</c>,
    /// <c>international</c> or <c>ap-southeast-1</c> (case-insensitive).</summary>
    public static TtsRegion ParseRegion(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().ToLowerInvariant() switch
        {
            "beijing" or "cn" or "cn-beijing" or "china" => TtsRegion.Beijing,
            "singapore" or "intl" or "international" or "ap-southeast-1" => TtsRegion.Singapore,
            _ => throw new ArgumentException(
                $"DASHSCOPE_REGION '{value}' is not a known region; use beijing, singapore, cn or intl.", nameof(value)),
        };
    }

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
                "BaseUrl must be an absolute ws://, wss://, http:// or https:// URL.", [nameof(BaseUrl)]);
        }

        if (CustomizationUrl is not null
            && (!CustomizationUrl.IsAbsoluteUri || CustomizationUrl.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult("CustomizationUrl must be an absolute http:// or https:// URL.", [nameof(CustomizationUrl)]);
        }

        if (!Enum.IsDefined(Region))
        {
            yield return new ValidationResult(
                string.Create(CultureInfo.InvariantCulture, $"Region {(int)Region} is not defined."), [nameof(Region)]);
        }
    }

    private static bool IsKnownScheme(string scheme) => scheme is "ws" or "wss" or "http" or "https";

    private static string RegionHost(TtsRegion region) => region switch
    {
        TtsRegion.Singapore => "dashscope-intl.aliyuncs.com",
        _ => "dashscope.aliyuncs.com",
    };

    private static Uri? ParseUrl(string name, string? value)
    {
        if (value is null)
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri
            : throw new ArgumentException($"{name} is not an absolute URL.", nameof(value));
    }
}
