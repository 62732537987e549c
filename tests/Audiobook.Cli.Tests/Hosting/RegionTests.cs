using System.Collections;
using System.Text.Json;
using Audiobook.Cli.Hosting;
using Audiobook.Cli.Tests.Commands;
using Audiobook.Core.Regions;
using Audiobook.Tts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Audiobook.Cli.Tests.Hosting;

/// <summary>One region, read by one parser, for pricing and for the client.</summary>
public sealed class RegionTests
{
    public static TheoryData<string, string, string> Synonyms => new()
    {
        { "beijing", "cn", "CNY" }, { "cn", "cn", "CNY" }, { "cn-beijing", "cn", "CNY" }, { "china", "cn", "CNY" }, { "mainland", "cn", "CNY" },
        { "singapore", "intl", "USD" }, { "intl", "intl", "USD" }, { "international", "intl", "USD" }, { "ap-southeast-1", "intl", "USD" },
    };

    [Theory]
    [MemberData(nameof(Synonyms))]
    public async Task Inspect_RegionSynonym_PricesInThatRegion(string region, string key, string currency)
    {
        var (code, output, error) = await CliRun.RunAsync("inspect", CliRun.Sample("chinese.md"), "--json", "--region", region);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(key, json.RootElement.GetProperty("region").GetString());
        Assert.Equal(currency, json.RootElement.GetProperty("currency").GetString());
    }

    [Theory]
    [MemberData(nameof(Synonyms))]
    public async Task StartAsync_RegionSynonymWithApiKey_ClientGetsTheSameRegion(string region, string key, string currency)
    {
        // The bug this replaces: '--region cn-beijing' priced a book, then failed once an API key was set.
        var expected = key == "cn" ? ServiceRegion.Beijing : ServiceRegion.Singapore;
        var overrides = new Dictionary<string, string?> { ["Tts:Region"] = region };
        await using var host = await CliHost.StartAsync(new Hashtable { ["DASHSCOPE_API_KEY"] = "sk-test" }, overrides, new Dictionary<string, string>(), service: false);

        var tts = host.Services.GetRequiredService<IOptions<TtsClientOptions>>().Value;

        Assert.True(tts.HasApiKey);
        Assert.Equal(expected, tts.Region);
        Assert.Equal(key, ServiceRegions.PriceKey(tts.Region));
        Assert.Contains(expected == ServiceRegion.Beijing ? "dashscope.aliyuncs.com" : "dashscope-intl.aliyuncs.com", tts.RealtimeUrl("m").Host, StringComparison.Ordinal);
        Assert.NotEmpty(currency);
    }

    [Fact]
    public async Task Inspect_DashScopeRegionVariable_IsTheDefault()
    {
        var (code, output, _) = await CliRun.RunWithAsync(new Hashtable { ["DASHSCOPE_REGION"] = "ap-southeast-1" }, "inspect", CliRun.Sample("chinese.md"), "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("intl", json.RootElement.GetProperty("region").GetString());
    }
}
