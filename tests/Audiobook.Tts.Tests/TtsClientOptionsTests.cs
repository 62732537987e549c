using System.ComponentModel.DataAnnotations;

namespace Audiobook.Tts.Tests;

public sealed class TtsClientOptionsTests
{
    [Fact]
    public void FromEnvironment_Empty_UsesBeijingDefaults()
    {
        var options = TtsClientOptions.FromEnvironment(new Dictionary<string, string?>());

        Assert.Null(options.ApiKey);
        Assert.Equal(TtsRegion.Beijing, options.Region);
        Assert.Equal(TimeSpan.FromSeconds(10), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(120), options.ResponseTimeout);
        Assert.Equal("wss://dashscope.aliyuncs.com/api-ws/v1/realtime?model=qwen3-tts-flash-realtime",
            options.RealtimeUrl("qwen3-tts-flash-realtime").AbsoluteUri);
        Assert.Equal("https://dashscope.aliyuncs.com/api/v1/services/audio/tts/customization", options.ResolveCustomizationUrl().AbsoluteUri);
    }

    [Theory]
    [InlineData("singapore")]
    [InlineData("intl")]
    [InlineData("INTL")]
    [InlineData(" Singapore ")]
    [InlineData("ap-southeast-1")]
    public void FromEnvironment_SingaporeAliases_SelectIntlEndpoints(string region)
    {
        var options = TtsClientOptions.FromEnvironment(new Dictionary<string, string?>
        {
            ["DASHSCOPE_API_KEY"] = "sk-abc",
            ["DASHSCOPE_REGION"] = region,
            ["DASHSCOPE_WORKSPACE"] = "ws-1",
        });

        Assert.Equal(TtsRegion.Singapore, options.Region);
        Assert.Equal("sk-abc", options.ApiKey);
        Assert.Equal("ws-1", options.Workspace);
        Assert.Equal("wss://dashscope-intl.aliyuncs.com/api-ws/v1/realtime?model=m", options.RealtimeUrl("m").AbsoluteUri);
        Assert.Equal("https://dashscope-intl.aliyuncs.com/api/v1/services/audio/tts/customization", options.ResolveCustomizationUrl().AbsoluteUri);
    }

    [Theory]
    [InlineData("beijing")]
    [InlineData("cn")]
    [InlineData("CN-Beijing")]
    public void ParseRegion_BeijingAliases_ReturnBeijing(string region)
    {
        Assert.Equal(TtsRegion.Beijing, TtsClientOptions.ParseRegion(region));
    }

    [Fact]
    public void FromEnvironment_UnknownRegion_ThrowsNamingTheVariable()
    {
        var ex = Assert.Throws<ArgumentException>(() => TtsClientOptions.FromEnvironment(new Dictionary<string, string?> { ["DASHSCOPE_REGION"] = "mars" }));

        Assert.Contains("DASHSCOPE_REGION", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironment_RealtimeUrl_OverridesRegionAndDerivesCustomizationUrl()
    {
        var options = TtsClientOptions.FromEnvironment(new Dictionary<string, string?>
        {
            ["DASHSCOPE_REGION"] = "intl",
            ["DASHSCOPE_REALTIME_URL"] = "ws://127.0.0.1:5123/api-ws/v1/realtime",
            ["DASHSCOPE_WEBSOCKET_QWEN_TTS_REALTIME_BASE_URL"] = "wss://ignored.example/api-ws/v1/realtime",
        });

        Assert.Equal("ws://127.0.0.1:5123/api-ws/v1/realtime?model=qwen3-tts-flash-realtime", options.RealtimeUrl("qwen3-tts-flash-realtime").AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5123/api/v1/services/audio/tts/customization", options.ResolveCustomizationUrl().AbsoluteUri);
    }

    [Fact]
    public void FromEnvironment_JavaSdkVariable_IsHonoured()
    {
        var options = TtsClientOptions.FromEnvironment(new Dictionary<string, string?>
        {
            ["DASHSCOPE_WEBSOCKET_QWEN_TTS_REALTIME_BASE_URL"] = "wss://ws123.cn-beijing.maas.aliyuncs.com/api-ws/v1/realtime",
        });

        Assert.Equal("wss://ws123.cn-beijing.maas.aliyuncs.com/api-ws/v1/realtime?model=x", options.RealtimeUrl("x").AbsoluteUri);
        Assert.Equal("https://ws123.cn-beijing.maas.aliyuncs.com/api/v1/services/audio/tts/customization", options.ResolveCustomizationUrl().AbsoluteUri);
    }

    [Fact]
    public void FromEnvironment_ExplicitCustomizationUrl_WinsOverDerivation()
    {
        var options = TtsClientOptions.FromEnvironment(new Dictionary<string, string?>
        {
            ["DASHSCOPE_REALTIME_URL"] = "ws://127.0.0.1:1/api-ws/v1/realtime",
            ["DASHSCOPE_CUSTOMIZATION_URL"] = "http://127.0.0.1:2/custom",
        });

        Assert.Equal("http://127.0.0.1:2/custom", options.ResolveCustomizationUrl().AbsoluteUri);
    }

    [Fact]
    public void FromEnvironment_RelativeUrl_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            TtsClientOptions.FromEnvironment(new Dictionary<string, string?> { ["DASHSCOPE_REALTIME_URL"] = "api-ws/v1/realtime" }));
    }

    [Theory]
    [InlineData("https://host.example/api-ws/v1/realtime", "wss://host.example/api-ws/v1/realtime?model=m%20x")]
    [InlineData("http://host.example:8080/api-ws/v1/realtime", "ws://host.example:8080/api-ws/v1/realtime?model=m%20x")]
    [InlineData("wss://host.example/api-ws/v1/realtime?region=a", "wss://host.example/api-ws/v1/realtime?region=a&model=m%20x")]
    public void RealtimeUrl_BaseUrlVariants_AppendsEscapedModel(string baseUrl, string expected)
    {
        var options = new TtsClientOptions { BaseUrl = new Uri(baseUrl) };

        Assert.Equal(expected, options.RealtimeUrl("m x").AbsoluteUri);
    }

    [Fact]
    public void Validate_Defaults_RequireOnlyTheApiKey()
    {
        var results = Validate(new TtsClientOptions());

        var result = Assert.Single(results);
        Assert.Contains(nameof(TtsClientOptions.ApiKey), result.MemberNames);
        Assert.Empty(Validate(new TtsClientOptions { ApiKey = "sk-x" }));
    }

    [Fact]
    public void Validate_BadUrlsAndTimeouts_AreReported()
    {
        var results = Validate(new TtsClientOptions
        {
            ApiKey = "sk-x",
            BaseUrl = new Uri("ftp://host/x"),
            CustomizationUrl = new Uri("ws://host/x"),
            ConnectTimeout = TimeSpan.Zero,
            ResponseTimeout = TimeSpan.FromHours(5),
        });

        var members = results.SelectMany(r => r.MemberNames).ToHashSet();
        Assert.Contains(nameof(TtsClientOptions.ConnectTimeout), members);
        Assert.Contains(nameof(TtsClientOptions.ResponseTimeout), members);
        Assert.Equal(Section, TtsClientOptions.Section);
    }

    [Fact]
    public void Validate_BadUrlsWithValidTimeouts_AreReported()
    {
        var results = Validate(new TtsClientOptions { ApiKey = "sk-x", BaseUrl = new Uri("ftp://host/x"), CustomizationUrl = new Uri("ws://host/x") });

        var members = results.SelectMany(r => r.MemberNames).ToHashSet();
        Assert.Contains(nameof(TtsClientOptions.BaseUrl), members);
        Assert.Contains(nameof(TtsClientOptions.CustomizationUrl), members);
    }

    private const string Section = "Tts";

    private static List<ValidationResult> Validate(TtsClientOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
