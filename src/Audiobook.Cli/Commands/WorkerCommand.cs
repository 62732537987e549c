using System.CommandLine;
using Audiobook.Cli.Hosting;
using Audiobook.Jobs.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Audiobook.Cli.Commands;

/// <summary><c>worker</c>: runs render jobs until stopped (Ctrl-C or SIGTERM: running chapters finish or are handed back).
/// Start as many as the machines have cores to spare; they share the database, the segment cache and the output store.</summary>
internal sealed class WorkerCommand : IServiceCommand
{
    private readonly Option<string?> _urls = new("--urls") { Description = "where /health listens (Worker:Urls) [default: a free loopback port]", HelpName = "url" };

    public WorkerCommand(OptionBindings bindings)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        var workers = bindings.Bind(
            new Option<int?>("--workers") { Description = "jobs this process runs at once (Worker:Workers, 1-64) [default: 2]", HelpName = "N" },
            WorkerOptions.Section + ":" + nameof(WorkerOptions.Workers));
        var sessions = bindings.Bind(
            new Option<int?>("--sessions") { Description = "TTS sessions this process keeps busy (Worker:Sessions, 1-64) [default: 4]", HelpName = "N" },
            WorkerOptions.Section + ":" + nameof(WorkerOptions.Sessions));
        bindings.Bind(_urls, WorkerHost.UrlsKey);
        Command = new Command("worker", "run render jobs from the service's queue until stopped (several workers, on several machines, share the work)") { workers, sessions, _urls };
    }

    public Command Command { get; }

    public async Task<int> RunAsync(ParseResult parse, CliContext context, CancellationToken cancellationToken)
    {
        var configuration = context.Services.GetRequiredService<IConfiguration>();
        await using var app = WorkerHost.Build(configuration);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SchemaNotReadyException ex)
        {
            throw new CliException(ex.Message);
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var worker = app.Services.GetRequiredService<Jobs.Execution.WorkerIdentity>().Name;
        await context.Console.Error.WriteLineAsync($"worker {worker} running; health at {string.Join(", ", addresses)}/health/ready; Ctrl-C to stop").ConfigureAwait(false);
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
