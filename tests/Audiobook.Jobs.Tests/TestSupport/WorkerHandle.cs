using Microsoft.Extensions.Hosting;

namespace Audiobook.Jobs.Tests.TestSupport;

/// <summary>A worker host started in the test process; disposing it stops the host gracefully.</summary>
public sealed class WorkerHandle(IHost host) : IAsyncDisposable
{
    public IHost Host { get; } = host;

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(TimeSpan.FromSeconds(30));
        Host.Dispose();
    }
}
