using System.CommandLine;
using System.Text.Json;
using Audiobook.Cli.Estimation;
using Audiobook.Jobs.Accounts;
using Audiobook.Jobs.State;
using Microsoft.Extensions.DependencyInjection;

namespace Audiobook.Cli.Commands;

/// <summary><c>user add</c>: a dashboard account for a publisher. The password is read from standard input only
/// (never an argument, which <c>ps</c> and shell history would show) and kept only as its hash.</summary>
internal sealed class UserCommand : IServiceCommand
{
    private readonly Argument<string> _email = new("email") { Description = "the user's email, which they sign in with" };
    private readonly Option<string> _publisher = OptionFactory.Publisher(required: true);
    private readonly Option<UserRole> _role = new("--role") { Description = "member, admin (users, tokens, budget) or operator (every publisher, /hangfire)", HelpName = "role", DefaultValueFactory = _ => UserRole.Member };
    private readonly Option<bool> _passwordStdin = new("--password-stdin") { Description = "read the password from the first line of standard input (required)", Required = true };
    private readonly Option<bool> _json = OptionFactory.Json();

    public UserCommand()
    {
        var add = new Command("add", "add a dashboard user to a publisher") { _email, _publisher, _role, _passwordStdin, _json };
        Command = new Command("user", "the dashboard's users") { add };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var password = (await context.Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false))?.TrimEnd('\r') ?? "";
        await using var scope = context.Services.CreateAsyncScope();
        var publisher = await scope.ServiceProvider.GetRequiredService<PublisherDirectory>().FindAsync(parse.GetRequiredValue(_publisher), cancellationToken).ConfigureAwait(false);
        var user = await scope.ServiceProvider.GetRequiredService<UserDirectory>()
            .AddAsync(publisher.Id, parse.GetRequiredValue(_email), password, parse.GetValue(_role), cancellationToken).ConfigureAwait(false);
        var role = user.Role.ToString().ToLowerInvariant();
        await (parse.GetValue(_json)
            ? context.Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { user.Id, user.Email, Role = role, Publisher = publisher.Slug, user.PublisherId, user.CreatedAt }, EstimateFormat.Json))
            : context.Console.Out.WriteLineAsync($"added user {user.Email} ({user.Id}) to publisher {publisher.Slug} as {role}")).ConfigureAwait(false);
        return 0;
    }
}
