using System.ComponentModel.DataAnnotations;
using Audiobook.Core.Regions;

namespace Audiobook.Tts.Tests;

public sealed class TtsClientOptionsTests
{
    [Fact]
    public void Defaults_Beijing_UsesMainlandEndpoints()
    {
        var options = new TtsClientOptions();

        Assert.Null(options.ApiKey);
        Assert.False(options.HasApiKey);
        Assert.Equal(ServiceRegion.Beijing, options.Region);
        Assert.Equal(TimeSpan.FromSeconds(10), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(120), options.ResponseTimeout);
        Assert.Equal("wss://dashscope.aliyuncs.com/api-ws/v1/realtime?model=qwen3-tts-flash-realtime",
            options.RealtimeUrl("qwen3-tts-flash-realtime").AbsoluteUri);
        Assert.Equal("https://dashscope.aliyuncs.com/api/v1/services/audio/tts/customization", options.ResolveCustomizationUrl().AbsoluteUri);
    }

    [Fact]
    public void Singapore_UsesIntlEndpoints()
    {
        var options = new TtsClientOptions { ApiKey = "sk-abc", Region = ServiceRegion.Singapore };

        Assert.Equal("wss://dashscope-intl.aliyuncs.com/api-ws/v1/realtime?model=m", options.RealtimeUrl("m").AbsoluteUri);
        Assert.Equal("https://dashscope-intl.aliyuncs.com/api/v1/services/audio/tts/customization", options.ResolveCustomizationUrl().AbsoluteUri);
    }

    [Fact]
    public void BaseUrl_OverridesRegionAndDerivesCustomizationUrl()
    {
        var options = new TtsClientOptions { Region = ServiceRegion.Singapore, BaseUrl = new Uri("ws://127.0.0.1:5123/api-ws/v1/realtime") };

        Assert.Equal("ws://127.0.0.1:5123/api-ws/v1/realtime?model=qwen3-tts-flash-realtime", options.RealtimeUrl("qwen3-tts-flash-realtime").AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5123/api/v1/services/audio/tts/customization", options.ResolveCustomizationUrl().AbsoluteUri);
    }

    [Fact]
    public void CustomizationUrl_Explicit_WinsOverDerivation()
    {
        var options = new TtsClientOptions { BaseUrl = new Uri("ws://127.0.0.1:1/api-ws/v1/realtime"), CustomizationUrl = new Uri("http://127.0.0.1:2/custom") };

        Assert.Equal("http://127.0.0.1:2/custom", options.ResolveCustomizationUrl().AbsoluteUri);
    }

    [Fact]
    public void EnvironmentVariables_RealtimeUrlAfterTheJavaSdkName_SoItWins()
    {
        var names = TtsClientOptions.EnvironmentVariables.Select(v => v.Key).ToList();

        Assert.True(names.IndexOf("DASHSCOPE_REALTIME_URL") > names.IndexOf("DASHSCOPE_WEBSOCKET_QWEN_TTS_REALTIME_BASE_URL"));
        Assert.Contains(TtsClientOptions.EnvironmentVariables, v => v.Key == "DASHSCOPE_API_KEY" && v.Value == "Tts:ApiKey");
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
    public void Validate_Defaults_AreValidWithoutAKey() =>
        // No key is a valid configuration: the hosts then use the embedded local engine.
        Assert.Empty(Validate(new TtsClientOptions()));

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
