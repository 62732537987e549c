using System.Text.Json;
using Audiobook.Jobs.State;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Cli.Tests.Commands;

/// <summary><c>user add</c>: the password comes from standard input, is stored only as its hash, and never echoes.</summary>
public sealed class UserCommandTests(ServiceDatabase service) : IClassFixture<ServiceDatabase>
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task Add_PasswordOnStdin_StoresAVerifiableHashAndTheRole()
    {
        await service.AddPublisherAsync("users");

        var (code, output, error) = await RunAsync(Password + "\n", "user", "add", "Editor@Example.com", "--publisher", "users", "--role", "admin", "--password-stdin", "--json");

        Assert.True(code == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("editor@example.com", json.GetProperty("email").GetString());
        Assert.Equal("admin", json.GetProperty("role").GetString());
        Assert.DoesNotContain(Password, output + error, StringComparison.Ordinal);
        var (user, verified) = await service.WithAsync(async services =>
        {
            var row = await services.GetRequiredService<AudiobookDbContext>().Users.AsNoTracking().SingleAsync(u => u.Email == "editor@example.com");
            return (row, services.GetRequiredService<IPasswordHasher<User>>().VerifyHashedPassword(row, row.PasswordHash, Password));
        });
        Assert.Equal(UserRole.Admin, user.Role);
        Assert.Equal(PasswordVerificationResult.Success, verified);
        Assert.DoesNotContain(Password, user.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ShortPassword_OneLineRefusalNothingStored()
    {
        await service.AddPublisherAsync("users-short");

        var (code, _, error) = await RunAsync("short\n", "user", "add", "a@example.com", "--publisher", "users-short", "--password-stdin");

        Assert.Equal(2, code);
        Assert.Equal("error: the password must have at least 10 characters\n", error.ReplaceLineEndings("\n"));
        Assert.False(await service.WithAsync(s => s.GetRequiredService<AudiobookDbContext>().Users.AnyAsync(u => u.Email == "a@example.com")));
    }

    [Fact]
    public async Task Add_SameEmailTwice_SecondRefused()
    {
        await service.AddPublisherAsync("users-twice");
        var first = await RunAsync(Password + "\n", "user", "add", "twice@example.com", "--publisher", "users-twice", "--password-stdin");
        Assert.Equal(0, first.Code);

        var (code, _, error) = await RunAsync(Password + "\n", "user", "add", "TWICE@example.com", "--publisher", "users-twice", "--password-stdin");

        Assert.Equal(2, code);
        Assert.Equal("error: a user 'twice@example.com' already exists\n", error.ReplaceLineEndings("\n"));
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var code = await CliApplication.RunAsync(args, output, error, service.Environment, reader);
        return (code, output.ToString(), error.ToString());
    }
}
