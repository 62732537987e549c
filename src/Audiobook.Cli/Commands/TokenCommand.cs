using System.CommandLine;
using System.Text.Json;
using Audiobook.Cli.Estimation;
using Audiobook.Jobs.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Cli.Commands;

/// <summary><c>token create</c>: a new API token for a publisher's scripts (the REST API). The token is printed once, on
/// standard output; only its SHA-256 is stored.</summary>
internal sealed class TokenCommand : IServiceCommand
{
    private readonly Option<string> _publisher = OptionFactory.Publisher(required: true);
    private readonly Option<string> _name = new("--name") { Description = "what the token is for, shown in token lists", HelpName = "name", DefaultValueFactory = _ => "api" };
    private readonly Option<bool> _json = OptionFactory.Json();

    public TokenCommand()
    {
        var create = new Command("create", "create an API token and print it once (only its hash is kept)") { _publisher, _name, _json };
        Command = new Command("token", "API tokens of the service's publishers") { create };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        await using var scope = context.Services.CreateAsyncScope();
        var publisher = await scope.ServiceProvider.GetRequiredService<PublisherDirectory>().FindAsync(parse.GetRequiredValue(_publisher), cancellationToken).ConfigureAwait(false);
        var (token, secret) = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(publisher.Id, parse.GetRequiredValue(_name), cancellationToken).ConfigureAwait(false);
        if (parse.GetValue(_json))
        {
            var document = new { token.Id, Publisher = publisher.Slug, token.PublisherId, token.Name, token.Prefix, token.CreatedAt, Token = secret };
            await context.Console.Out.WriteLineAsync(JsonSerializer.Serialize(document, EstimateFormat.Json)).ConfigureAwait(false);
            return 0;
        }

        await context.Console.Out.WriteLineAsync(secret).ConfigureAwait(false);
        await context.Console.Error.WriteLineAsync(
            $"token '{token.Name}' ({token.Id}) for publisher {publisher.Slug}: shown this once, only its hash is stored; it starts {token.Prefix}").ConfigureAwait(false);
        return 0;
    }
}
