using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Audiobook.TtsServer.Tests.Hosting;

public sealed class OptionsBindingTests
{
    [Fact]
    public void AddLocalTtsServer_ConfigurationSection_BindsNestedOptions()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TtsServer:ApiKeys:0"] = "sk-a",
            ["TtsServer:ApiKeys:1"] = "sk-b",
            ["TtsServer:IdleTimeout"] = "00:00:30",
            ["TtsServer:RateLimits:RequestUnit"] = "Response",
            ["TtsServer:RateLimits:PerModel:qwen3-tts-flash-realtime"] = "5",
            ["TtsServer:Faults:DropEveryNthResponse"] = "3",
            ["TtsServer:VoiceErrorTiming"] = "OnResponse",
            ["TtsServer:CloseAfterFinish"] = "false",
        });
        builder.AddLocalTtsServer();
        using var host = builder.Build();

        var options = host.Services.GetRequiredService<IOptions<LocalTtsServerOptions>>().Value;

        Assert.Equal(["sk-a", "sk-b"], options.ApiKeys);
        Assert.Equal(TimeSpan.FromSeconds(30), options.IdleTimeout);
        Assert.Equal(RequestUnit.Response, options.RateLimits.RequestUnit);
        Assert.True(options.RateLimits.Enabled);
        Assert.Equal(5, options.RateLimits.PerModel["qwen3-tts-flash-realtime"]);
        Assert.Equal(3, options.Faults.DropEveryNthResponse);
        Assert.Equal(VoiceErrorTiming.OnResponse, options.VoiceErrorTiming);
        Assert.False(options.CloseAfterFinish);
        Assert.Equal("espeak-ng", options.EspeakPath);
    }

    [Fact]
    public void AddLocalTtsServer_InvalidConfiguration_FailsValidation()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["TtsServer:Faults:ThrottleProbability"] = "1.5" });
        builder.AddLocalTtsServer();
        using var host = builder.Build();

        Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<LocalTtsServerOptions>>().Value);
    }
}
