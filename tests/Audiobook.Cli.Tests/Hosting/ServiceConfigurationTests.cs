using System.Collections;
using Audiobook.Cli.Tests.Commands;
using Audiobook.Testing;

namespace Audiobook.Cli.Tests.Hosting;

/// <summary>The operator verbs need the service's database and say so in one line; the local verbs never need it.</summary>
public sealed class ServiceConfigurationTests
{
    [Theory]
    [InlineData("status")]
    [InlineData("publisher", "list")]
    [InlineData("nightly", "run-now")]
    public async Task ServiceVerb_NoConnectionString_OneLineConfigurationErrorAndExit2(params string[] args)
    {
        var (code, output, error) = await CliRun.RunWithAsync(new Hashtable(), args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            "error: configuration: ConnectionStrings:Audiobook is not set: the service needs a PostgreSQL connection string (scripts/serve.sh writes one to stack.env)\n",
            error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task ServiceVerb_UnreachableDatabase_OneLineAndExit1()
    {
        var environment = new Hashtable { ["AUDIOBOOK__ConnectionStrings__Audiobook"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=3" };

        var (code, _, error) = await CliRun.RunWithAsync(environment, "status");

        Assert.Equal(1, code);
        Assert.StartsWith("error: database: Failed to connect to 127.0.0.1:1", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task ServiceVerb_DatabaseNotMigrated_OneLineSaysRunMigrate()
    {
        var connection = await (await PostgresCluster.GetAsync()).CreateDatabaseAsync("unmigrated");

        var (code, _, error) = await CliRun.RunWithAsync(new Hashtable { ["AUDIOBOOK__ConnectionStrings__Audiobook"] = connection }, "publisher", "list");

        Assert.Equal(2, code);
        Assert.Equal("error: the database has no schema yet: run 'audiobook migrate' first\n", error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("render", "--help")]
    [InlineData("submit", "--help")]
    [InlineData("status", "--help")]
    [InlineData("voices")]
    public async Task Verb_NoDatabaseConfigured_Works(params string[] args)
    {
        var (code, output, error) = await CliRun.RunWithAsync(new Hashtable(), args);

        Assert.True(code == 0, error);
        Assert.NotEmpty(output);
    }

    [Fact]
    public async Task Inspect_NoDatabaseConfigured_Works()
    {
        var (code, output, error) = await CliRun.RunWithAsync(new Hashtable(), "inspect", CliRun.Sample("chinese.md"));

        Assert.True(code == 0, error);
        Assert.Contains("山中的灯塔", output, StringComparison.Ordinal);
    }
}
