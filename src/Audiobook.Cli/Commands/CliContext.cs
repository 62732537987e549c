using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Audiobook.Cli.Commands;

/// <summary>What a verb runs with: the validated services of the host and the console.</summary>
internal sealed class CliContext(IServiceProvider services, CliConsole console)
{
    public IServiceProvider Services => services;

    public CliConsole Console => console;

    public TimeProvider Time => services.GetRequiredService<TimeProvider>();

    /// <summary>The bound and validated options of type <typeparamref name="T"/> (command-line overrides included).</summary>
    public T Options<T>()
        where T : class => services.GetRequiredService<IOptions<T>>().Value;
}
