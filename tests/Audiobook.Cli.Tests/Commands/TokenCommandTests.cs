using System.Text.Json;
using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Cli.Tests.Commands;

/// <summary><c>token create</c>: printed once, found by its hash, never stored itself.</summary>
public sealed class TokenCommandTests(ServiceDatabase service) : IClassFixture<ServiceDatabase>
{
    [Fact]
    public async Task Create_ForPublisher_PrintsATokenThatApiTokensFinds()
    {
        await service.AddPublisherAsync("tokens");

        var (code, output, error) = await service.RunAsync("token", "create", "--publisher", "tokens", "--name", "ci");

        Assert.Equal(0, code);
        var secret = output.Trim();
        Assert.StartsWith(ApiTokens.Prefix, secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, error, StringComparison.Ordinal);
        var (found, publisher, rows) = await service.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AudiobookDbContext>();
            return (await services.GetRequiredService<ApiTokens>().FindAsync(secret, CancellationToken.None),
                await db.Publishers.SingleAsync(p => p.Slug == "tokens"),
                await db.ApiTokens.AsNoTracking().ToListAsync());
        });
        Assert.NotNull(found);
        Assert.Equal(publisher.Id, found.PublisherId);
        Assert.Equal("ci", found.Name);
        // Only the hash is kept: no column of any token row holds the token.
        Assert.All(rows, r => Assert.DoesNotContain(secret, $"{r.Name}|{r.Prefix}|{r.Hash}", StringComparison.Ordinal));
        Assert.Equal(ApiTokens.Hash(secret), found.Hash);
    }

    [Fact]
    public async Task Create_Json_HasTheTokenAndItsId()
    {
        await service.AddPublisherAsync("tokens-json");

        var (code, output, _) = await service.RunAsync("token", "create", "--publisher", "tokens-json", "--json");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("tokens-json", json.GetProperty("publisher").GetString());
        Assert.Equal("api", json.GetProperty("name").GetString());
        var found = await service.WithAsync(s => s.GetRequiredService<ApiTokens>().FindAsync(json.GetProperty("token").GetString()!, CancellationToken.None));
        Assert.Equal(json.GetProperty("id").GetGuid(), found?.Id);
    }

    [Fact]
    public async Task Create_UnknownPublisher_OneLineNotFound()
    {
        var (code, output, error) = await service.RunAsync("token", "create", "--publisher", "nobody");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: publisher 'nobody' not found\n", error.ReplaceLineEndings("\n"));
    }
}
