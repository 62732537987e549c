using System.Collections;
using Audiobook.Core.Regions;
using Audiobook.Media.Encoding;
using Audiobook.Rendering.Configuration;
using Audiobook.Tts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Audiobook.Rendering.Tests.Configuration;

public sealed class AudiobookConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("audiobook-config-").FullName;

    [Fact]
    public void AddAudiobookConfiguration_DashScopeVariables_SetTheClientOptions()
    {
        using var services = Build(new Hashtable
        {
            ["DASHSCOPE_API_KEY"] = "sk-abc",
            ["DASHSCOPE_REGION"] = "ap-southeast-1",
            ["DASHSCOPE_WORKSPACE"] = "ws-1",
            ["DASHSCOPE_WEBSOCKET_QWEN_TTS_REALTIME_BASE_URL"] = "wss://ignored.example/api-ws/v1/realtime",
            ["DASHSCOPE_REALTIME_URL"] = "ws://127.0.0.1:5123/api-ws/v1/realtime",
            ["DASHSCOPE_CUSTOMIZATION_URL"] = "http://127.0.0.1:2/custom",
        });

        var tts = services.GetRequiredService<IOptions<TtsClientOptions>>().Value;

        Assert.Equal("sk-abc", tts.ApiKey);
        Assert.Equal(ServiceRegion.Singapore, tts.Region);
        Assert.Equal("ws-1", tts.Workspace);
        Assert.Equal("ws://127.0.0.1:5123/api-ws/v1/realtime?model=m", tts.RealtimeUrl("m").AbsoluteUri);
        Assert.Equal("http://127.0.0.1:2/custom", tts.ResolveCustomizationUrl().AbsoluteUri);
    }

    [Theory]
    [InlineData("cn-beijing", ServiceRegion.Beijing)]
    [InlineData("mainland", ServiceRegion.Beijing)]
    [InlineData("INTL", ServiceRegion.Singapore)]
    public void AddAudiobookConfiguration_RegionSynonym_BindsThroughTheOneParser(string region, ServiceRegion expected)
    {
        using var services = Build(new Hashtable { ["DASHSCOPE_REGION"] = region });

        Assert.Equal(expected, services.GetRequiredService<IOptions<TtsClientOptions>>().Value.Region);
    }

    [Fact]
    public void AddAudiobookConfiguration_BlankApiKey_MeansNoKey()
    {
        using var services = Build(new Hashtable { ["DASHSCOPE_API_KEY"] = "  " });

        Assert.False(services.GetRequiredService<IOptions<TtsClientOptions>>().Value.HasApiKey);
    }

    [Fact]
    public void AddAudiobookConfiguration_PrefixedVariable_WinsOverTheDocumentedAlias()
    {
        using var services = Build(new Hashtable { ["AUDIOBOOK_CACHE"] = "/from/alias", ["AUDIOBOOK__Rendering__CacheDirectory"] = "/from/prefix" });

        Assert.Equal("/from/prefix", services.GetRequiredService<IOptions<RenderingOptions>>().Value.CacheDirectory);
    }

    [Fact]
    public void AddAudiobookConfiguration_Files_EnvironmentFileOverridesBaseAndVariablesOverrideBoth()
    {
        File.WriteAllText(Path.Combine(_folder, "appsettings.json"), """{ "Rendering": { "Concurrency": 3, "Volume": 40 } }""");
        File.WriteAllText(Path.Combine(_folder, "appsettings.Staging.json"), """{ "Rendering": { "Concurrency": 5, "Profile": "acx" } }""");
        var environment = new Hashtable { ["AUDIOBOOK_CONFIG"] = _folder, ["DOTNET_ENVIRONMENT"] = "Staging", ["AUDIOBOOK__Rendering__Volume"] = "60" };

        using var services = Build(environment);
        var rendering = services.GetRequiredService<IOptions<RenderingOptions>>().Value;

        Assert.Equal(5, rendering.Concurrency);
        Assert.Equal("acx", rendering.Profile);
        Assert.Equal(60, rendering.Volume);
        Assert.Equal(_folder, services.GetRequiredService<IOptions<ConfigFolderOptions>>().Value.Directory);
    }

    [Fact]
    public void ValidateOnStart_OutOfRangeEncoderLimit_FailsNamingTheMember()
    {
        using var services = Build(new Hashtable { ["AUDIOBOOK__Encoder__MaxConcurrentProcesses"] = "999" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(typeof(EncoderOptions), error.OptionsType);
        Assert.Contains(nameof(EncoderOptions.MaxConcurrentProcesses), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rendering:Concurrency", "0")]
    [InlineData("Rendering:Formats", "none")]
    [InlineData("Rendering:Profile", "loud")]
    [InlineData("Rendering:Pauses:Sentence", "00:01:00")]
    [InlineData("SessionPool:MaxIdle", "00:05:00")]
    [InlineData("Retry:MaxRetries", "21")]
    [InlineData("Segmenter:MinChars", "99")]
    [InlineData("Tts:BaseUrl", "ftp://host/x")]
    public void ValidateOnStart_BadValue_StopsTheHost(string key, string value)
    {
        var environment = new Hashtable { ["AUDIOBOOK__" + key.Replace(":", "__", StringComparison.Ordinal)] = value, ["AUDIOBOOK__Segmenter__MaxCharsCjk"] = "90" };
        using var services = Build(environment);

        var error = Record.Exception(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.True(error is OptionsValidationException or InvalidOperationException, $"{key}={value} was accepted: {error}");
    }

    [Fact]
    public void ValidateOnStart_Defaults_Pass()
    {
        using var services = Build(new Hashtable());

        services.GetRequiredService<IStartupValidator>().Validate();
    }

    private ServiceProvider Build(Hashtable environment)
    {
        // Point the config folder at an empty temp folder unless a test sets it, so the repository's appsettings do not leak in.
        if (!environment.Contains("AUDIOBOOK_CONFIG"))
        {
            environment["AUDIOBOOK_CONFIG"] = _folder;
        }

        var configuration = new ConfigurationBuilder().AddAudiobookConfiguration(environmentVariables: environment).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddTtsClient().AddMediaEncoding().AddRendering();
        return services.BuildServiceProvider();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
