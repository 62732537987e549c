using Microsoft.Extensions.Options;

namespace Audiobook.TtsServer.Synthesis;

/// <summary>Bounds the responses synthesized at once across all connections (<see cref="LocalTtsServerOptions.MaxConcurrentSyntheses"/>).</summary>
internal sealed class SynthesisSlots(IOptions<LocalTtsServerOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentSyntheses, options.Value.MaxConcurrentSyntheses);

    public Task WaitAsync(CancellationToken cancellationToken) => _slots.WaitAsync(cancellationToken);

    public void Release() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
