namespace Audiobook.Jobs.Telemetry;

/// <summary>One sample of the service's state for the gauges: renders per state (every state, zeros included) and the
/// jobs waiting in each queue.</summary>
public sealed record ServiceStateSample(IReadOnlyDictionary<string, long> Renders, IReadOnlyDictionary<string, long> Queues);
