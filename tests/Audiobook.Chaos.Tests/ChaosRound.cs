using Audiobook.Jobs.State;
using Audiobook.TtsServer;

namespace Audiobook.Chaos.Tests;

/// <summary>One fault: <see cref="Inject"/> runs once a chapter of the round's renders is half done (it gets the running
/// chapters, to pick a victim); <see cref="ServerFaults"/> are injected by the TTS server for the whole round.</summary>
internal sealed record ChaosRound(
    string Fault,
    Func<RunningService, IReadOnlyList<RenderChapter>, Task<string?>>? Inject,
    FaultInjectionOptions? ServerFaults = null);
