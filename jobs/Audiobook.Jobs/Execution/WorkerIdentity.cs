using Audiobook.Jobs.Hosting;
using Microsoft.Extensions.Options;

namespace Audiobook.Jobs.Execution;

/// <summary>This process's name in chapter rows, events and logs (<c>host:pid</c> unless configured).</summary>
public sealed class WorkerIdentity(IOptions<WorkerOptions> options)
{
    public string Name { get; } = options.Value.Name ?? $"{Environment.MachineName}:{Environment.ProcessId}";
}
